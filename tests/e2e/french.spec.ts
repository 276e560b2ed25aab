import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { english } from '../../src/renderer/src/lib/strings';
import { french } from '../../src/renderer/src/lib/strings.fr';
import { dropFiles, expect, test } from './fixtures';

// The whole interface in French for a browser whose language is French; screenshots go to
// test-results/, or to RECOUPE_SCREENSHOTS_DIR when set (docs/ for the README).
const outputDir = process.env.RECOUPE_SCREENSHOTS_DIR ?? join('test-results', 'french');
test.use({ locale: 'fr-FR' });

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
async function englishOnScreen(page: Page): Promise<string[]> {
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

test('a browser in French shows the whole interface in French, and switches without a reload', async ({
  page,
  app,
}) => {
  test.setTimeout(150_000);
  await page.goto(app.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('navigation', { name: 'Bibliothèque' })).toBeVisible();
  expect(await englishOnScreen(page)).toEqual([]);

  await dropFiles(page, [
    'crue-valmont-courrier.txt',
    'crue-valmont-gazette.txt',
    'timeline-port-greve-brest.txt',
    'brenne-flood-wire.md',
  ]);
  const panel = page.getByRole('region', { name: 'Import' });
  await expect(panel.locator('[data-status="imported"]')).toHaveCount(4, { timeout: 60_000 });
  mkdirSync(outputDir, { recursive: true });
  await page.screenshot({ path: join(outputDir, 'fr-import.png') });
  expect(await englishOnScreen(page)).toEqual([]);
  await panel.getByRole('button', { name: 'Fermer' }).click();

  await page
    .getByRole('navigation', { name: 'Bibliothèque' })
    .locator('.document-list__item')
    .first()
    .click();
  await expect(page.locator('.passage').first()).toBeVisible();
  await page.locator('.passage').nth(1).click();
  await page.screenshot({ path: join(outputDir, 'fr-reader.png') });
  expect(await englishOnScreen(page)).toEqual([]);

  await page.getByRole('radio', { name: 'Chronologie' }).click();
  await expect(page.locator('.timeline-chart')).toBeVisible();
  await page.screenshot({ path: join(outputDir, 'fr-timeline.png') });
  expect(await englishOnScreen(page)).toEqual([]);

  await page.getByRole('radio', { name: 'Recoupement' }).click();
  await page.screenshot({ path: join(outputDir, 'fr-cross-check.png') });
  expect(await englishOnScreen(page)).toEqual([]);
});
