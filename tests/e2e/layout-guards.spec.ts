import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seedsDir } from '../support/temp-corpus';
import { dropFiles, expect, test } from './fixtures';
import { expectAccessible, expectCleanLayout, WINDOW_SIZES } from './layout-checks';
import { selectText } from './reader-helpers';

// Every view of the window, at three window sizes: no text drawn over text, no control cut off,
// and (once, at 1440×900) no serious or critical axe violation. One page load per size; views
// are switched in the page.
// With RECOUPE_SCREENSHOTS_DIR=docs, the 1440×900 run also writes each view's screenshot there.

const floodFiles = [
  'crue-valmont-courrier.txt',
  'crue-valmont-gazette.txt',
  'brenne-flood-wire.md',
  'brenne-flood-wire-copy.md',
];
const seeds = existsSync(seedsDir)
  ? readdirSync(seedsDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => join('..', '..', '..', 'shared', 'corpus', 'seeds', name))
  : [];
const screenshotsDir = process.env.RECOUPE_SCREENSHOTS_DIR;
/** Views whose screenshot replaces one the README already shows. */
const readmeNames: Record<string, string> = {
  'reader-comment': 'screenshot.png',
  'cross-check': 'cross-check.png',
  timeline: 'timeline.png',
};

const sizes = WINDOW_SIZES;

for (const size of sizes) {
  test(`every view at ${size.width}×${size.height} is drawn clean and accessible`, async ({
    page,
    app,
  }) => {
    test.setTimeout(300_000);
    await page.setViewportSize(size);
    await page.goto(app.url);
    const files = [...floodFiles, ...seeds];
    await dropFiles(page, files);
    const panel = page.getByRole('region', { name: 'Import' });
    // Nine files on a machine shared with other work: more than the default five seconds.
    await expect(panel.locator('[data-status="imported"]')).toHaveCount(files.length, {
      timeout: 60_000,
    });
    await panel.getByRole('button', { name: 'Close' }).click();
    const check = async (view: string) => {
      await expectCleanLayout(page, `${view} at ${size.width}×${size.height}`);
      // Axe's verdicts do not depend on the window's size; once per view keeps the run short.
      if (size.width === 1440) await expectAccessible(page, view);
      if (screenshotsDir && size.width === 1440) {
        const name = readmeNames[view] ?? join('views', `${view}.png`);
        mkdirSync(join(screenshotsDir, 'views'), { recursive: true });
        await page.screenshot({ path: join(screenshotsDir, name) });
      }
    };
    await walkViews(page, check);
  });
}

async function walkViews(page: Page, check: (view: string) => Promise<void>) {
  const library = page.getByRole('navigation', { name: 'Library' });
  await library.locator('.document-list__item', { hasText: /soldats nord-coréens|Valmont/ }).first().click();
  const passages = page.locator('.passage');
  await expect(passages.first()).toBeVisible();
  await check('reader');

  // A selection with its toolbar, then a commented highlight with its margin mark.
  const long = await passages.evaluateAll((elements) =>
    elements.findIndex((element) => (element.textContent ?? '').length > 200),
  );
  const words = ((await passages.nth(long).textContent()) ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .split(' ');
  await selectText(page, passages.nth(long), words.slice(2, 7).join(' '));
  await expect(page.getByRole('toolbar', { name: 'Highlight the selection' })).toBeVisible();
  await check('reader-selection');
  await page.getByRole('button', { name: 'Add to timeline…' }).click();
  await expect(page.getByRole('form', { name: 'Add to the timeline' })).toBeVisible();
  await check('reader-add-to-timeline');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Comment… (c)' }).click();
  const editor = page.getByRole('dialog', { name: 'Highlight' });
  await editor.getByLabel('Comment').fill('Chiffre à vérifier dans les autres sources');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await passages.nth(long).click({ position: { x: 4, y: 4 } });
  await page.locator('.comment-mark').first().hover();
  await expect(page.locator('.comment-tooltip')).toBeVisible();
  await check('reader-comment');
  await page.mouse.move(1, 1);

  await page.getByRole('button', { name: 'Article details…' }).click();
  await expect(page.getByRole('region', { name: 'Article details' })).toBeFocused();
  await check('side-details');

  await page.getByRole('tab', { name: 'Note' }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('textbox', { name: 'Note title' }).fill('Sources à recouper');
  await page.getByRole('textbox', { name: 'Note title' }).press('Enter');
  await check('note');
  const dialogs = [
    { opener: 'Export…', name: 'Export to Markdown', view: 'dialog-export' },
    { opener: 'Similarity model…', name: 'How passages are compared', view: 'dialog-similarity' },
    { opener: 'Delete document…', name: 'Delete this document?', view: 'dialog-delete' },
    { opener: 'Re-process all…', name: 'Re-process every document', view: 'dialog-reprocess' },
    { opener: 'Backups…', name: 'Automatic backups', view: 'dialog-backups' },
    { opener: 'Report a problem…', name: 'Report a problem', view: 'dialog-report' },
  ];
  for (const dialog of dialogs) {
    await page.getByRole('button', { name: dialog.opener }).click();
    await expect(page.getByRole(dialog.view === 'dialog-delete' ? 'alertdialog' : 'dialog', { name: dialog.name })).toBeVisible();
    await check(dialog.view);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: dialog.opener })).toBeFocused();
  }
  await page.getByRole('tab', { name: 'Context' }).click();

  await page.getByRole('searchbox', { name: 'Search passages' }).fill('soldats');
  await expect(page.getByRole('listbox', { name: 'Search passages' }).getByRole('option').first()).toBeVisible();
  await check('search');
  await page.keyboard.press('Escape');

  await page.getByRole('radio', { name: 'Cross-check' }).click();
  await expect(page.locator('.cluster').first()).toBeVisible();
  await check('cross-check');
  await page.locator('.cluster').first().getByRole('button', { name: 'Compare side by side' }).click();
  await expect(page.getByRole('region', { name: 'Side by side' })).toBeVisible();
  await check('compare');

  await page.getByRole('radio', { name: 'Timeline' }).click();
  await expect(page.locator('.timeline-item').first()).toBeVisible();
  await check('timeline');
} // prettier-ignore
