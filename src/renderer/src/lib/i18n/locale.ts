import { useSyncExternalStore } from 'react';

/** The interface languages Recoupe ships complete catalogs for. */
export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];

// Kept in localStorage beside the pane sizes and the open tab, so the choice survives a restart.
const storageKey = 'recoupe-locale';

/** The first of the browser's (or the OS's, in Electron) preferred languages that Recoupe speaks. */
export function detectLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split('-')[0];
    const match = locales.find((locale) => locale === language);
    if (match) return match;
  }
  return 'en';
}

function storedLocale(): Locale | null {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return locales.find((locale) => locale === stored) ?? null;
  } catch {
    return null;
  }
}

function initialLocale(): Locale {
  const navigatorLanguages =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return storedLocale() ?? detectLocale(navigatorLanguages);
}

let current: Locale = initialLocale();
const listeners = new Set<() => void>();

// Typed loosely: the catalogs are also read in Node (unit tests, benches), where there is no page.
const page = globalThis as { document?: { documentElement: { lang: string } } };

function markDocument(locale: Locale): void {
  if (page.document) page.document.documentElement.lang = locale;
}
markDocument(current);

/** The interface language now; components read it through `useLocale` to redraw on a switch. */
export function currentLocale(): Locale {
  return current;
}

/** Switches the interface language, remembers it, and redraws every subscribed component. */
export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  try {
    globalThis.localStorage?.setItem(storageKey, locale);
  } catch {
    // A full or blocked localStorage only loses the memory of the choice, not the switch.
  }
  markDocument(locale);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The interface language, re-rendering the caller when it changes. The root calls it so the
 * whole tree redraws in place (nothing is re-keyed, so inputs and the note editor keep their
 * state); memoised components and Lexical decorators call it too.
 */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, currentLocale, currentLocale);
}
