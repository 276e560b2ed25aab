import { dropFiles, expect, test } from './fixtures';

// One wire story, its file undated; a dated report quoting it; a copy whose text says a day.
const story = `Valmont : les sinistrés de la Brenne hébergés au gymnase

Les habitants évacués des quartiers bas de Valmont ont passé la nuit au gymnase municipal et à la salle des fêtes, où des lits de camp ont été installés par la protection civile.

« Nous n’avions pas vu un tel niveau depuis 1982 », a répété le maire, Hélène Garnier, devant les familles réunies. Le niveau de la rivière est resté élevé toute la journée de vendredi.

Les écoles des quartiers bas restent fermées. Une cellule psychologique accueille les habitants à la mairie.`;
const undatedCopy = { name: 'gazette.txt', bytes: `${story}\n\n© La Gazette de Valmont\n` };
const report = {
  name: 'crue.txt',
  bytes: `Crue de la Brenne\n\nPublié le 14 mars 2025 à 08h12\n\n« Nous n’avions pas vu un tel niveau depuis 1982 », a déclaré le maire, Hélène Garnier, lors d’un point presse. La Brenne est sortie de son lit.\n`,
};
const datedCopy = {
  name: 'echo.txt',
  bytes: `${story.replace('Une cellule psychologique', 'Depuis le jeudi 13 mars 2025, une cellule psychologique')}\n\n© L’Écho du Centre\n`,
};

test('an estimate open in the reader is read again when an import dates it anew from a copy', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await dropFiles(page, [report, undatedCopy]);
  const panel = page.getByRole('region', { name: 'Import' });
  await expect(panel.locator('[data-status="imported"]')).toHaveCount(2, { timeout: 60_000 });
  await panel.getByRole('button', { name: 'Close' }).click();
  const library = page.getByRole('navigation', { name: 'Library' });
  await library.getByRole('button', { name: /sinistrés de la Brenne/ }).click();
  const meta = page.locator('.reader__meta');
  // Dated a week either side of the report it quotes, and said to be an estimate.
  await expect(meta).toContainText(/Mar 7\s*–\s*21, 2025 · estimated/);
  await page.getByRole('button', { name: 'Evidence', exact: true }).click();
  const evidence = page.locator('.evidence-list');
  await expect(evidence).toContainText('Crue de la Brenne');
  await expect(evidence).not.toContainText('a near-identical copy');

  // The copy that says its day arrives while the undated one is open: the reader, its evidence
  // and the library row show the new estimate without the document being opened again.
  await dropFiles(page, [datedCopy]);
  await expect(panel.locator('[data-status="imported"]')).toHaveCount(1, { timeout: 60_000 });
  await expect(meta).toContainText(/Mar 6\s*–\s*21, 2025 · estimated/);
  await expect(evidence).toContainText('a near-identical copy');
  await expect(evidence).toContainText('Crue de la Brenne');
  await expect(library.getByRole('button', { name: /La Gazette de Valmont/ })).toContainText(
    /Mar 6\s*–\s*21, 2025/,
  );
  await page.screenshot({ path: 'test-results/redated-copy.png', fullPage: true });
});

test('an estimate open in the reader is read again when the article it rested on is deleted', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await dropFiles(page, [report, undatedCopy]);
  const panel = page.getByRole('region', { name: 'Import' });
  await expect(panel.locator('[data-status="imported"]')).toHaveCount(2, { timeout: 60_000 });
  await panel.getByRole('button', { name: 'Close' }).click();
  const library = page.getByRole('navigation', { name: 'Library' });
  await library.getByRole('button', { name: /Crue de la Brenne/ }).click();
  await page.getByRole('button', { name: 'Delete document…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();

  // While "Undo" is offered the report still exists: the copy opened meanwhile is still dated
  // from it. The deletion, once carried out, dates it again without it: nothing is left, so it
  // is undated, as its file says, and its evidence no longer names the report.
  await library.getByRole('button', { name: /sinistrés de la Brenne/ }).click();
  const meta = page.locator('.reader__meta');
  await expect(meta).toContainText(/Mar 7\s*–\s*21, 2025 · estimated/);
  await page.getByRole('button', { name: 'Evidence', exact: true }).click();
  const evidence = page.locator('.evidence-list');
  await expect(evidence).toContainText('Crue de la Brenne');
  await page.getByRole('status').getByRole('button', { name: 'Close' }).click();
  await expect(meta).toContainText('undated');
  await expect(meta).not.toContainText('estimated');
  await expect(evidence).not.toContainText('Crue de la Brenne');
  await expect(library.getByRole('button', { name: /La Gazette de Valmont/ })).not.toContainText(
    /Mar 7/,
  );
  expect(app.corpus.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 1 });
  await page.screenshot({ path: 'test-results/redated-after-delete.png', fullPage: true });
});
