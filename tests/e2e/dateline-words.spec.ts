import { expect, test } from './fixtures';
import { switchToFrench } from './locale-helpers';
import { openImported } from './reader-helpers';

test('the evidence for a stated publish date quotes the page’s own line, in English and French', async ({
  page,
  app,
}) => {
  // A page's date line may stand anywhere (the seed L’Express scrape has 'Publish date : …' at
  // its foot): 'Lieu et date en tête d’article' named a place the line need not be.
  await openImported(page, app, ['crue-valmont-courrier.txt']);
  const evidence = page.locator('.reader');
  await page.getByRole('button', { name: 'Evidence', exact: true }).click();
  // Before: Dateline “2025-03-14T08:12”, words found nowhere in the page.
  await expect(evidence).toContainText('Publish date line “Publié le 14 mars 2025 à 08h12”');
  await expect(evidence).not.toContainText('2025-03-14T08:12');

  await switchToFrench(page);
  await expect(evidence).toContainText(
    'Ligne de date de publication «\u00a0Publié le 14 mars 2025 à 08h12\u00a0»',
  );
  await expect(evidence).not.toContainText('en tête d’article');
}); // prettier-ignore
