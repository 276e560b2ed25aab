import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileChooser } from '@playwright/test';
import { dropFiles, expect, fixturesDir, test } from './fixtures';

test.describe('import', () => {
  test('a mixed batch: each file gets its status and reason, with overall progress', async ({
    page,
    app,
  }, testInfo) => {
    await page.goto(app.url);
    await dropFiles(page, [
      'digue-valmont-scrape.txt',
      'digue-valmont-page.html',
      'brenne-flood-wire.md',
      { name: 'photo-scan.txt', bytes: [0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49] },
      { name: 'slides.pptx', bytes: 'PK\u0003\u0004' },
    ]);
    const panel = page.getByRole('region', { name: 'Import' });
    await expect(panel.locator('[data-status="imported"]')).toHaveCount(3);
    await expect(panel.locator('[data-status="failed"]')).toHaveCount(2);
    await expect(panel.getByText('5 of 5 files processed · 2 failed')).toBeVisible();
    await expect(panel.locator('progress')).toHaveAttribute('value', '5');
    await expect(panel.locator('progress')).toHaveAttribute('max', '5');
    const binary = panel.locator('li', { hasText: 'photo-scan.txt' });
    await expect(binary).toContainText(/looks like a binary file/);
    const unsupported = panel.locator('li', { hasText: 'slides.pptx' });
    await expect(unsupported).toContainText(/Supported formats: .*\.html.*\.pdf, \.docx/);
    await page.screenshot({ path: testInfo.outputPath('import-panel.png') });

    // The library shows the cleaned titles, not the menus above them.
    const library = page.getByRole('navigation', { name: 'Library' });
    await expect(library).toContainText(
      'Crue de la Brenne : la digue du Moulin a cédé, 300 foyers de plus évacués',
    );
    await expect(library).toContainText('Valmont dyke gives way as 300 more homes evacuated');
  });

  test('the reader shows the body only; set-aside blocks can be put back and fields corrected', async ({
    page,
    app,
  }, testInfo) => {
    await page.goto(app.url);
    await dropFiles(page, ['digue-valmont-scrape.txt']);
    const panel = page.getByRole('region', { name: 'Import' });
    await panel.getByRole('button', { name: 'Imported' }).click();
    await panel.getByRole('button', { name: 'Close' }).click();

    const reader = page.locator('article.reader');
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
      'Crue de la Brenne : la digue du Moulin a cédé, 300 foyers de plus évacués',
    );
    await expect(reader.locator('.reader__meta')).toContainText('L’Écho de Valmont');
    await expect(reader.locator('.reader__meta')).toContainText('Claire Dumas');
    const text = reader.locator('.reader__text');
    await expect(text).toContainText('La digue du Moulin');
    for (const gone of [
      'Menu',
      'Partager',
      'Ouvrir en mode plein écran',
      'LAISSER UN COMMENTAIRE',
      'Municipales',
    ]) {
      await expect(text).not.toContainText(gone);
    }

    const details = page.getByRole('region', { name: 'Article details' });
    await expect(
      details.getByRole('heading', { name: /Set aside by the import \(\d+\)/ }),
    ).toBeVisible();
    const caption = details.locator('li.set-aside', { hasText: 'Des bénévoles remplissent' });
    await expect(caption).toContainText('Photo caption or credit');
    await page.screenshot({ path: testInfo.outputPath('reader-cleaned.png') });
    await caption.getByRole('button', { name: 'Put back' }).click();
    await expect(text).toContainText('Des bénévoles remplissent des sacs de sable');
    await expect(caption).toContainText('put back by you');

    await details.getByLabel(/^Outlet/).fill('L’Écho de Valmont — édition Brenne');
    await details.getByRole('button', { name: 'Save' }).click();
    await expect(reader.locator('.reader__meta')).toContainText(
      'L’Écho de Valmont — édition Brenne',
    );
    await expect(details.getByText('· set by you')).toBeVisible();
    // The correction and the restored caption survive re-processing from the original bytes.
    await details.getByRole('button', { name: 'Re-process from the original file' }).click();
    await expect(reader.locator('.reader__meta')).toContainText('édition Brenne');
    await expect(text).toContainText('Des bénévoles remplissent');
  });

  test('Ctrl+O opens the file picker, whose files are imported', async ({ page, app }) => {
    await page.goto(app.url);
    // The shortcut listens once the app's effects have run, which may come after the page's
    // load event on a busy machine: press again until the picker opens.
    let picker: FileChooser | undefined;
    await expect(async () => {
      const opening = page.waitForEvent('filechooser', { timeout: 2_000 });
      await page.keyboard.press('Control+O');
      picker = await opening;
    }).toPass();
    await picker!.setFiles(join(fixturesDir, 'crue-valmont-gazette.txt'));
    const panel = page.getByRole('region', { name: 'Import' });
    await expect(panel.locator('[data-status="imported"]')).toHaveCount(1);
  });

  test('Import folder… walks a folder and its subfolders', async ({ page, app }) => {
    const folder = mkdtempSync(join(tmpdir(), 'recoupe-folder-'));
    try {
      mkdirSync(join(folder, 'anglais'));
      writeFileSync(
        join(folder, 'gazette.txt'),
        readFileSync(join(fixturesDir, 'crue-valmont-gazette.txt')),
      );
      writeFileSync(
        join(folder, 'anglais', 'herald.txt'),
        readFileSync(join(fixturesDir, 'riverbank-herald-scrape.txt')),
      );
      writeFileSync(join(folder, 'anglais', 'cover.jpg'), 'not an article');
      await page.goto(app.url);
      await page.getByLabel('Import folder…').setInputFiles(folder);
      const panel = page.getByRole('region', { name: 'Import' });
      await expect(panel.locator('[data-status="imported"]')).toHaveCount(2);
      await expect(panel.locator('li')).toHaveCount(2);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('Cancel stops the files not yet imported', async ({ page, app }) => {
    await page.goto(app.url);
    const files = Array.from({ length: 80 }, (_, index) => ({
      name: `brève-${index}.txt`,
      bytes: `Brève ${index} : la Brenne baisse\n\nLa préfecture annonce ${index} levées de restrictions dans les communes riveraines de la Brenne.`,
    }));
    await dropFiles(page, files);
    const panel = page.getByRole('region', { name: 'Import' });
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await expect(panel.getByRole('button', { name: 'Close' })).toBeVisible();
    const imported = await panel.locator('[data-status="imported"]').count();
    expect(imported).toBeLessThan(80);
    const stats = await app.corpus.handlers['corpus:stats']({});
    expect(stats.documents).toBe(imported);
  });
});
