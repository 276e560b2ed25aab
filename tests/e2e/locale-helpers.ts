import type { Page } from '@playwright/test';
import { english } from '../../src/renderer/src/lib/strings';
import { french } from '../../src/renderer/src/lib/strings.fr';

/** Every English catalog sentence that French words differently (names and codes are alike). */
function englishOnly(): string[] {
  const found: string[] = [];
  const walk = (en: unknown, fr: unknown) => {
    if (typeof en === 'string') {
      if (en !== fr) found.push(en);
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
