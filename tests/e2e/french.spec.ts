import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { dropFiles, expect, test } from './fixtures';
import { englishOnScreen } from './locale-helpers';

// The whole interface in French for a browser whose language is French; screenshots go to
// test-results/, or to RECOUPE_SCREENSHOTS_DIR when set (docs/ for the README).
const outputDir = process.env.RECOUPE_SCREENSHOTS_DIR ?? join('test-results', 'french');
test.use({ locale: 'fr-FR' });

test('a browser in French shows every view and dialog in French, with no English left', async ({
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
  for (const tab of ['Chiffres', 'Copies']) {
    await page.getByRole('tab', { name: new RegExp(tab) }).click();
    expect(await englishOnScreen(page)).toEqual([]);
  }

  // Search with its filters: dates are typed day first (jj/mm/aaaa).
  // Ctrl+K opens the command palette; the search field is focused as a click would.
  await page.getByRole('searchbox', { name: 'Rechercher des passages' }).focus();
  await page.keyboard.type('habitants');
  const results = page.getByRole('listbox', { name: 'Rechercher des passages' });
  await expect(results.getByRole('option')).not.toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Du' })).toContainText(/jj\W*mm\W*aaaa/);
  await page.screenshot({ path: join(outputDir, 'fr-search.png') });
  expect(await englishOnScreen(page)).toEqual([]);
  await page.keyboard.press('Escape');

  // The reader's dialogs and panels: highlight editor, article details, delete, embeddings.
  await page.getByRole('radio', { name: 'Lecture' }).click();
  await page
    .getByRole('navigation', { name: 'Bibliothèque' })
    .locator('.document-list__item')
    .first()
    .click();
  await page.getByRole('button', { name: 'Supprimer le document…' }).click();
  await expect(page.getByRole('alertdialog').or(page.getByRole('dialog'))).toBeVisible();
  expect(await englishOnScreen(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Modèle de similarité…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await englishOnScreen(page)).toEqual([]);
  await page.keyboard.press('Escape');
  for (const opener of ['Tout retraiter…', 'Sauvegardes…', 'Signaler un problème…']) {
    await page.getByRole('button', { name: opener }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await englishOnScreen(page)).toEqual([]);
    await page.keyboard.press('Escape');
  }

  // Notes: the list, a note, the export preview.
  await page.getByRole('tab', { name: 'Note' }).click();
  expect(await englishOnScreen(page)).toEqual([]);
  await page.getByRole('button', { name: 'Nouvelle note' }).click();
  const title = page.getByRole('textbox', { name: 'Titre de la note' });
  await title.fill('Crue : premières notes');
  await title.press('Enter');
  const passage = page.locator('.passage').first();
  await passage.hover();
  await page
    .getByRole('button', { name: /Glissez ce passage/ })
    .first()
    .click();
  await expect(page.locator('.note-quote')).toHaveCount(1);
  await page.screenshot({ path: join(outputDir, 'fr-note.png') });
  expect(await englishOnScreen(page)).toEqual([]);
  await page.getByRole('button', { name: 'Exporter…' }).click();
  await expect(page.getByLabel(/Aperçu de/)).toContainText('## Sources');
  await page.screenshot({ path: join(outputDir, 'fr-export.png') });
  expect(await englishOnScreen(page)).toEqual([]);
});
