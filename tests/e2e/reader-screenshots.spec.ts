import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedsDir } from '../support/temp-corpus';
import { expect, test } from './fixtures';
import { closeEditor, importFiles, selectText } from './reader-helpers';

// Screenshots of the reader on the seed corpus, light and dark, for people to look at:
// written to test-results/, or to RECOUPE_SCREENSHOTS_DIR when set (docs/ for the README).
const outputDir = process.env.RECOUPE_SCREENSHOTS_DIR ?? join('test-results', 'reader-screenshots');

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the reader on the seed corpus, ${colorScheme} theme`, async ({ page, app }) => {
    test.skip(!existsSync(seedsDir), `the seed corpus is absent (${seedsDir})`);
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await page.goto(app.url);
    const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'));
    await importFiles(
      page,
      seeds.map((name) => join('..', '..', '..', 'shared', 'corpus', 'seeds', name)),
    );
    const library = page.getByRole('navigation', { name: 'Library' });
    await library.locator('.document-list__item').first().click();
    const passages = page.locator('.passage');
    await expect(passages.first()).toBeVisible();

    // Highlight two phrases of a long passage, comment on one, and select text in the next.
    const long = await passages.evaluateAll((elements) =>
      elements.findIndex((element) => (element.textContent ?? '').length > 200),
    );
    const plain = async (index: number) =>
      ((await passages.nth(index).textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
    const words = (await plain(long)).split(' ');
    const passage = passages.nth(long);
    await selectText(page, passage, words.slice(0, 6).join(' '));
    await page.keyboard.press('1');
    const editor = page.getByRole('dialog', { name: 'Highlight' });
    await editor.getByLabel('Comment').fill('Chiffre repris par d’autres sources ?');
    await editor.getByLabel('Tags').fill('OTAN, chiffres');
    await editor.getByRole('button', { name: 'Save' }).click();
    await selectText(page, passage, words.slice(12, 20).join(' '));
    await page.keyboard.press('3');
    await closeEditor(page);
    await passage.click({ position: { x: 5, y: 5 } });
    const others = page.getByRole('region', { name: 'Other sources' }).getByRole('button');
    await expect(others).not.toHaveCount(0);
    const next = (await plain(long + 1)).split(' ').slice(3, 10).join(' ');
    await selectText(page, passages.nth(long + 1), next);
    await expect(page.getByRole('toolbar', { name: 'Highlight the selection' })).toBeVisible();

    mkdirSync(outputDir, { recursive: true });
    await page.screenshot({ path: join(outputDir, `reader-${colorScheme}.png`) });

    // The find bar with its count, and the editor of a highlight opened by a click.
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Find in document' }).fill('nord-coréens');
    await expect(page.locator('.find-bar__count')).toHaveText(/^1 of \d+$/);
    await page.locator('mark.highlight--yellow').first().click();
    await expect(page.getByRole('dialog', { name: 'Highlight' })).toBeVisible();
    await page.screenshot({ path: join(outputDir, `reader-editor-${colorScheme}.png`) });
  });
}
