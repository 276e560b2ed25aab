import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { english } from '../../src/renderer/src/lib/strings';
import { french } from '../../src/renderer/src/lib/strings.fr';

/** Every string of a catalog, whatever its key. */
function allStrings(catalog: unknown, found = new Set<string>()): Set<string> {
  if (typeof catalog === 'string') found.add(catalog);
  else if (catalog && typeof catalog === 'object')
    for (const value of Object.values(catalog)) allStrings(value, found);
  return found;
}

/**
 * Every English catalog sentence that French words differently (names and codes are alike),
 * less the words French also uses elsewhere ("Import" is the French import panel's title too).
 */
function englishOnly(): string[] {
  const frenchWords = allStrings(french);
  const found: string[] = [];
  const walk = (en: unknown, fr: unknown) => {
    if (typeof en === 'string') {
      if (en !== fr && !frenchWords.has(en)) found.push(en);
      return;
    }
    if (en && typeof en === 'object') {
      for (const [key, value] of Object.entries(en))
        walk(value, (fr as Record<string, unknown>)[key]);
    }
  };
  walk(english, french);
  return found;
}
const untranslated = englishOnly();

/**
 * The interface's own words on screen (text outside the articles and notes, labels,
 * placeholders, titles), each checked against the English catalog.
 */
export async function englishOnScreen(page: Page): Promise<string[]> {
  const words = await page.evaluate(() => {
    const found = new Set<string>();
    const content =
      '.passage, .reader__title, [contenteditable], .snippet, .event-entry__summary, .cluster-card__heading';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(content) || !parent.checkVisibility()) continue;
      const text = node.textContent?.trim();
      if (text) found.add(text);
    }
    for (const element of document.querySelectorAll(
      '[aria-label], [placeholder], [title], [aria-description]',
    )) {
      for (const name of ['aria-label', 'placeholder', 'title', 'aria-description']) {
        const value = element.getAttribute(name)?.trim();
        if (value) found.add(value);
      }
    }
    return [...found];
  });
  return words.filter((text) =>
    untranslated.some(
      (sentence) => text === sentence || (sentence.length >= 16 && text.includes(sentence)),
    ),
  );
}

/** Switches the interface to French from the language menu, as a person does. */
export async function switchToFrench(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
}
