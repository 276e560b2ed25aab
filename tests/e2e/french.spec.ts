import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { dropFiles, expect, test } from './fixtures';
import { englishOnScreen } from './locale-helpers';

// The whole interface in French for a browser whose language is French; screenshots go to
// test-results/, or to RECOUPE_SCREENSHOTS_DIR when set (docs/ for the README).
const outputDir = process.env.RECOUPE_SCREENSHOTS_DIR ?? join('test-results', 'french');
test.use({ locale: 'fr-FR' });

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
