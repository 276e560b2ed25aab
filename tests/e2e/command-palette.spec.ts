import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, importFixtures, test } from './fixtures';
import { expectAccessible, WINDOW_SIZES } from './layout-checks';

const outputDir =
  process.env.RECOUPE_SCREENSHOTS_DIR ?? join('test-results', 'command-palette-screenshots');

const articles = ['crue-valmont-courrier.txt', 'brenne-flood-wire.md', 'crue-valmont-gazette.txt'];
// Named with its outlet and date, all it shows.
const gazette = /^Inondations : à Valmont, la nuit où la Brenne a débordé/;

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const field = (page: Page) =>
  palette(page).getByRole('textbox', { name: 'Command, document or words to search' });

/** Ctrl+K, then the words typed as a person types them (the first entry follows them). */
async function command(page: Page, words: string) {
  await page.keyboard.press('Control+K');
  await expect(field(page)).toBeFocused();
  await page.keyboard.type(words);
}

test.beforeEach(async ({ page, app }) => {
  await page.goto(app.url);
  await importFixtures(page, articles);
  await page.getByRole('button', { name: 'Close' }).click();
});

test('Ctrl+K opens a document typed in part, without its accents', async ({ page }) => {
  await command(page, 'nuit ou la brenne');
  const option = palette(page).getByRole('menuitem', { name: gazette });
  await expect(option).toBeVisible();
  // The document, found in SQL by its folded title, is the entry Enter runs.
  await expect(option).toHaveAttribute('data-focused', 'true');
  await page.keyboard.press('Enter');
  await expect(palette(page)).toHaveCount(0);
  await expect(page.locator('main h1')).toContainText('la nuit où la Brenne');
  expect(new URL(page.url()).pathname).toMatch(/^\/document\/\d+$/);
});

test('the palette switches the view, makes a note, exports it, searches', async ({ page }) => {
  await command(page, 'timeline');
  await expect(
    palette(page).getByRole('menuitem', { name: 'Show the Timeline view' }),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radio', { name: 'Timeline' })).toBeChecked();
  expect(new URL(page.url()).pathname).toBe('/timeline');

  // Export needs an open note: disabled, and saying why, until there is one.
  await command(page, 'export');
  const exportEntry = palette(page).getByRole('menuitem', { name: /Export the open note/ });
  await expect(exportEntry).toHaveAttribute('aria-disabled', 'true');
  await expect(exportEntry).toContainText('First open a note in the Note tab.');
  await page.keyboard.press('Escape');

  await command(page, 'new note');
  await page.keyboard.press('Enter');
  const title = page.getByRole('textbox', { name: 'Note title' });
  await expect(title).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Note' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.type('Crue de la Brenne');
  await page.keyboard.press('Enter');

  await command(page, 'export mark');
  await page.keyboard.press('Enter');
  const exported = page.getByRole('dialog', { name: 'Export to Markdown' });
  await expect(exported.locator('.export-dialog__preview')).toContainText(
    'title: "Crue de la Brenne"',
  );
  await page.keyboard.press('Escape');
  await expect(exported).toHaveCount(0);

  // Words no title holds: the one entry left searches passages, in the top bar's search.
  await command(page, 'before dawn');
  await expect(palette(page).getByText('No document’s title or outlet contains')).toBeVisible();
  const search = palette(page).getByRole('menuitem', {
    name: 'Search passages for “before dawn”',
  });
  await expect(search).toHaveAttribute('data-focused', 'true');
  await page.keyboard.press('Enter');
  const results = page.getByRole('listbox', { name: 'Search passages' });
  await expect(results.getByRole('option').first()).toContainText('dawn');
  await expect(page.getByRole('searchbox', { name: 'Search passages' })).toBeFocused();
  // Importing and reporting open what the Import menu and the status bar open.
  const chooser = page.waitForEvent('filechooser');
  await command(page, 'import files');
  await page.keyboard.press('Enter');
  expect((await chooser).isMultiple()).toBe(true);
  await command(page, 'clipboard');
  await page.keyboard.press('Enter');
  const paste = page.getByRole('dialog', { name: 'New document from the clipboard' });
  await expect(paste).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(paste).toHaveCount(0);
  await command(page, 'report');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Report a problem' })).toBeVisible();
});

test('quotes the reader’s focused passage in the note, only when there is one', async ({
  page,
}) => {
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /nuit où/ })
    .click();
  await command(page, 'quote');
  const quote = palette(page).getByRole('menuitem', { name: /Quote the selection/ });
  await expect(quote).toHaveAttribute('aria-disabled', 'true');
  await expect(quote).toContainText('Ctrl+Shift+Q');
  await page.keyboard.press('Escape');

  await page.locator('.passage').first().focus();
  await page.keyboard.press('j');
  const passage = page.locator('.passage--focused');
  await expect(passage).toBeFocused();
  const words = (await passage.textContent())!.trim();
  await command(page, 'quote');
  await expect(quote).not.toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  const quoted = page.getByRole('textbox', { name: 'Note text' }).locator('.note-quote');
  await expect(quoted).toHaveCount(1);
  await expect(quoted).toContainText(words.slice(0, 40));
});

test('Escape gives the focus back; the open palette is accessible and centred', async ({
  page,
}) => {
  const row = page.getByRole('navigation', { name: 'Library' }).getByRole('button', {
    name: /Floods force/,
  });
  await row.focus();
  await page.keyboard.press('Control+K');
  await expect(field(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toHaveCount(0);
  await expect(row).toBeFocused();

  // The key shown in the search field opens it too, and gets the focus back.
  const button = page.getByRole('button', { name: 'Commands, Ctrl+K' });
  await button.click();
  await expect(field(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();

  mkdirSync(outputDir, { recursive: true });
  for (const size of WINDOW_SIZES) {
    await page.setViewportSize(size);
    await command(page, 'valmont');
    await expect(palette(page).getByRole('menuitem', { name: gazette })).toBeVisible();
    const box = (await palette(page).boundingBox())!;
    // Centred: as much room left as right, above as below (to the pixel's rounding).
    expect(Math.abs(box.x - (size.width - box.x - box.width))).toBeLessThanOrEqual(2);
    expect(Math.abs(box.y - (size.height - box.y - box.height))).toBeLessThanOrEqual(2);
    await expectAccessible(page, `palette ${size.width}×${size.height}`);
    await page.screenshot({
      path: join(outputDir, `palette-${size.width}x${size.height}.png`),
    });
    await page.keyboard.press('Escape');
  }

  // The language, from the palette, in French too. (At 1024 px the search field is too narrow
  // to show the key beside its French placeholder: it shows where it has room.)
  await page.setViewportSize(WINDOW_SIZES[0]);
  // A fresh page after the resizes: without it the next overlay stayed undrawn (react-aria's
  // "not entered yet" styles, opacity 0), apparently react-aria 1.22 reading a window resized
  // while a field had the focus as a touch keyboard opening and waiting for it. Every
  // AppDialog shares that overlay; left for its own issue.
  await page.reload();
  // Its button, not the key: a key pressed while the reloaded page is still mounting reaches no
  // listener yet (a fresh-clone run lost it twice), where a click waits for the button.
  await page.getByRole('button', { name: 'Commands, Ctrl+K' }).click();
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('language');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Commandes, Ctrl+K' })).toBeVisible();
  await page.keyboard.press('Control+K');
  await page.keyboard.type('nouvelle');
  await expect(
    page
      .getByRole('dialog', { name: 'Palette de commandes' })
      .getByRole('menuitem', { name: 'Nouvelle note' }),
  ).toBeVisible();
  await page.screenshot({ path: join(outputDir, 'palette-fr.png') });
  // Drawn, not only present: the point at its top centre is the dialog's, not what is under it.
  const box = (await page.getByRole('dialog').boundingBox())!;
  expect(
    await page.evaluate(
      ({ x, y }) => Boolean(document.elementFromPoint(x, y)?.closest('[role="dialog"]')),
      { x: box.x + box.width / 2, y: box.y + 20 },
    ),
  ).toBe(true);
});
