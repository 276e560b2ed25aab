import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect, fixturesDir, importFixtures, test } from './fixtures';

test('point Recoupe at a model folder and re-embed the corpus with progress', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await importFixtures(page, ['crue-valmont-courrier.txt', 'brenne-flood-wire.md']);

  await page.getByRole('button', { name: 'Embeddings…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Passage embeddings' });
  await expect(dialog).toContainText('In use: lexical-hash-v1-256 (256 dimensions)');
  // The browser mode names only folders inside the data folder's models/ (the door policy).
  const modelFolder = join(app.corpus.dataDir, 'models', 'tiny-embedding-model');
  cpSync(join(fixturesDir, 'tiny-embedding-model'), modelFolder, { recursive: true });
  await dialog.getByLabel('Sentence-embedding model folder').fill(modelFolder);
  await dialog.getByRole('button', { name: 'Re-embed with this model' }).click();
  await expect(dialog).toContainText(/Re-embedded \d+ passages/);
  await expect(dialog).toContainText('In use: neural-tiny-embedding-model-16 (16 dimensions)');
  await expect(dialog.locator('progress')).toHaveAttribute('value', /\d+/);

  // A wrong folder says so and changes nothing.
  await dialog.getByLabel('Sentence-embedding model folder').fill('/no/such/model');
  await dialog.getByRole('button', { name: 'Re-embed with this model' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await expect(dialog).toContainText('In use: neural-tiny-embedding-model-16');
  await page.screenshot({ path: 'test-results/embedding-dialog.png' });
});
