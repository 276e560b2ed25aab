import { dropFiles, expect, test } from './fixtures';

test.describe('the first screens of Recoupe in browser mode', () => {
  test('an empty corpus explains what to do', async ({ page, app }) => {
    await page.goto(app.url);
    // Said once, in the main pane; the library does not repeat it.
    await expect(page.getByText('No documents yet', { exact: false })).toHaveCount(1);
    await expect(page.getByText('No documents yet. Drop article files')).toBeVisible();
    await expect(page.getByText('0 documents · 0 passages')).toBeVisible();
  });

  test('drop two files, see them listed, open one and read it', async ({ page, app }) => {
    await page.goto(app.url);
    await dropFiles(page, ['crue-valmont-courrier.txt', 'brenne-flood-wire.md']);
    const panel = page.getByRole('region', { name: 'Import' });
    await expect(panel.locator('[data-status="imported"]')).toHaveCount(2);
    await expect(panel.getByText('2 of 2 files processed')).toBeVisible();

    const library = page.getByRole('navigation', { name: 'Library' });
    await expect(library.getByRole('button')).toHaveCount(2);
    await library.getByRole('button', { name: /Floods force 1,200/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Floods force 1,200 from their homes in central France',
    );
    await expect(page.locator('.passage').first()).toBeVisible();
    await expect(page).toHaveURL(/\/document\/\d+$/);
    await expect(page.getByText('2 documents ·')).toBeVisible();
  });

  test('search lands on the passage, and the side panel shows other sources', async ({
    page,
    app,
  }) => {
    await page.goto(app.url);
    await dropFiles(page, [
      'crue-valmont-courrier.txt',
      'crue-valmont-gazette.txt',
      'brenne-flood-wire.md',
    ]);
    await expect(
      page.getByRole('region', { name: 'Import' }).locator('[data-status="imported"]'),
    ).toHaveCount(3);

    // Ctrl+K opens the command palette; the search field is focused as a click would.
    await page.getByRole('searchbox', { name: 'Search passages' }).focus();
    await page.keyboard.type('cellule psychologique');
    const results = page.getByRole('listbox', { name: 'Search passages' });
    await expect(results.getByRole('option')).not.toHaveCount(0);
    await expect(results.getByRole('option').first().locator('mark').first()).toHaveText(
      /cellule/i,
    );
    await results.getByRole('option').first().click();

    await expect(page).toHaveURL(/\/document\/\d+#passage-\d+$/);
    const focused = page.locator('.passage--focused');
    await expect(focused).toContainText('cellule psychologique');
    await expect(focused).toBeInViewport();

    // The maire's quote is carried by two outlets: the side panel finds the other one.
    await page.locator('.passage', { hasText: 'tel niveau depuis 1982' }).click();
    const side = page.getByRole('region', { name: 'Other sources' });
    await expect(side.getByRole('button').first()).toContainText('tel niveau depuis 1982');
  });

  test('a passage link opens the document at that passage', async ({ page, app }) => {
    await page.goto(app.url);
    await dropFiles(page, ['crue-valmont-gazette.txt']);
    await expect(
      page.getByRole('region', { name: 'Import' }).locator('[data-status="imported"]'),
    ).toHaveCount(1);
    await page.goto(app.url.replace('/?', '/document/1?') + '#passage-2');
    await expect(page.locator('#passage-2')).toHaveClass(/passage--focused/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Valmont');
  });

  test('a bad file shows its error and the others still import', async ({ page, app }) => {
    await page.goto(app.url);
    await dropFiles(page, [
      { name: 'scan.txt', bytes: [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02] },
      { name: 'slides.pptx', bytes: 'PK' },
      'crue-valmont-gazette.txt',
    ]);
    const panel = page.getByRole('region', { name: 'Import' });
    await expect(panel.locator('[data-status="failed"]')).toHaveCount(2);
    await expect(panel.getByText(/scan.txt looks like a binary file/)).toBeVisible();
    await expect(panel.getByText(/Supported formats/)).toBeVisible();
    await expect(panel.locator('[data-status="imported"]')).toHaveCount(1);
  });

  test('dropping the same article twice says it is already in the corpus', async ({
    page,
    app,
  }) => {
    await page.goto(app.url);
    await dropFiles(page, ['crue-valmont-gazette.txt']);
    await expect(page.locator('[data-status="imported"]')).toHaveCount(1);
    await dropFiles(page, ['crue-valmont-gazette.txt']);
    await expect(page.locator('[data-status="duplicate"]')).toHaveText(/Already in the corpus/);
  });
});
