import { expect, importFixtures, test } from './fixtures';

const floodFiles = [
  'crue-valmont-courrier.txt',
  'crue-valmont-gazette.txt',
  'brenne-flood-wire.md',
  'brenne-flood-wire-copy.md',
];

test.describe('cross-checking sources', () => {
  test.beforeEach(async ({ page, app }) => {
    await page.goto(app.url);
    await importFixtures(page, floodFiles);
  });

  test('the cross-check view lists shared quotes, disputed figures and copies', async ({
    page,
  }) => {
    await page.getByRole('radio', { name: 'Cross-check' }).click();
    await expect(page).toHaveURL(/\/cross-check$/);

    const mayor = page.locator('.cluster', { hasText: 'tel niveau depuis 1982' });
    await expect(mayor).toContainText('Said by Hélène Garnier');
    await expect(mayor).toContainText('2 documents');
    await expect(mayor.locator('.cluster__sources li')).toHaveCount(2);

    // The wire and its republished copy carry one quote but count as one independent source.
    const wire = page.locator('.cluster', { hasText: 'We have not seen such a level' });
    await expect(wire).toContainText('2 documents · 1 independent');

    await page.getByRole('tab', { name: /Figures/ }).click();
    const evacuees = page.locator('.cluster', { hasText: '1 300' });
    // "Plus de 1 200" and "environ 1 300" are ranges that overlap: no false alarm, and why.
    await expect(evacuees).toContainText('Sources agree');
    await expect(evacuees).toHaveAttribute('data-verdict', 'agree');
    await expect(evacuees.locator('.cluster__reason')).toContainText('ranges that overlap');

    await page.getByRole('tab', { name: /Copies/ }).click();
    const copies = page.getByRole('tabpanel', { name: /Copies/ });
    await expect(copies).toContainText('copy group 1');
    await expect(copies.locator('li')).toHaveCount(2);
  });

  test('a cluster opens its passages side by side, each opening in the reader', async ({
    page,
  }) => {
    await page.getByRole('radio', { name: 'Cross-check' }).click();
    const mayor = page.locator('.cluster', { hasText: 'tel niveau depuis 1982' });
    await mayor.getByRole('button', { name: 'Compare side by side' }).click();
    const compare = page.getByRole('region', { name: 'Side by side' });
    await expect(compare.locator('.compare__column')).toHaveCount(2);
    // The shared words are marked on both sides.
    for (const column of await compare.locator('.compare__column').all()) {
      await expect(column.locator('mark', { hasText: 'tel niveau depuis 1982' })).toHaveCount(1);
    }
    await compare.getByRole('button', { name: 'Open in the reader' }).first().click();
    await expect(page).toHaveURL(/\/document\/\d+#passage-\d+$/);
    await expect(page.locator('.passage--focused')).toContainText('tel niveau depuis 1982');
  });

  test('the side panel says why each passage matched', async ({ page }) => {
    const library = page.getByRole('navigation', { name: 'Library' });
    await library.getByRole('button', { name: /Crue de la Brenne/ }).click();
    await page.locator('.passage', { hasText: 'tel niveau depuis 1982' }).click();
    const side = page.getByRole('region', { name: 'Other sources' });
    const first = side.getByRole('button').first();
    await expect(first).toContainText('tel niveau depuis 1982');
    const reasons = first.getByRole('list', { name: 'Why it matched' });
    await expect(reasons.locator('[data-kind="quote"]')).toContainText('same quote');
    await expect(reasons.locator('[data-kind="names"]')).toContainText('Garnier');
  });
});
