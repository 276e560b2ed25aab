import type { Locale } from './locale';

/** A language's name in the interface language ("fr" → "French" / "français"). */
export function languageName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
