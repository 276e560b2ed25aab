import { expect, importFixtures, test } from './fixtures';

test('search results narrow by language and by source', async ({ page, app }) => {
  await page.goto(app.url);
  await importFixtures(page, [
    'crue-valmont-courrier.txt',
    'crue-valmont-gazette.txt',
    'brenne-flood-wire.md',
  ]);

  // Ctrl+K opens the command palette; the search field is focused as a click would.
  await page.getByRole('searchbox', { name: 'Search passages' }).focus();
  await page.keyboard.type('Valmont');
  const results = page.getByRole('listbox', { name: 'Search passages' });
  const options = results.getByRole('option');
  await expect(options.filter({ hasText: 'Floods force' })).not.toHaveCount(0);
  const filters = page.getByRole('group', { name: 'Search filters' });
  await filters.getByLabel('Language').selectOption('en');
  // Waits for the filtered answer: reading the options at once could read the previous one.
  await expect(options.filter({ hasNotText: /Floods force/ })).toHaveCount(0);
  await expect(options).not.toHaveCount(0);

  await filters.getByLabel('Language').selectOption('');
  const source = filters.getByLabel('Source');
  // The import reads the masthead, so the source is named by its outlet.
  const gazette = await source
    .locator('option', { hasText: /gazette du centre/i })
    .getAttribute('value');
  await source.selectOption(gazette!);
  await expect(options.filter({ hasNotText: /gazette du centre/i })).toHaveCount(0);
  await expect(options).not.toHaveCount(0);
});
