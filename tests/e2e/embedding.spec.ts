import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect, fixturesDir, importFixtures, test } from './fixtures';

test('point Recoupe at a model folder and re-embed the corpus with progress', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await importFixtures(page, ['crue-valmont-courrier.txt', 'brenne-flood-wire.md']);

  await page.getByRole('button', { name: 'Similarity model…' }).click();
  const dialog = page.getByRole('dialog', { name: 'How passages are compared' });
  await expect(dialog).toContainText('(lexical-hash-v1-256, 256 numbers per passage)');
  // The browser mode names only folders inside the data folder's models/ (the door policy).
  const modelFolder = join(app.corpus.dataDir, 'models', 'tiny-embedding-model');
  cpSync(join(fixturesDir, 'tiny-embedding-model'), modelFolder, { recursive: true });
  await dialog.getByLabel('Folder of a language model on this computer').fill(modelFolder);
  await dialog.getByRole('button', { name: 'Use this model' }).click();
  await expect(dialog).toContainText(/Done: \d+ passages compared again/);
  await expect(dialog).toContainText(
    'In use: the model “neural-tiny-embedding-model-16” (neural-tiny-embedding-model-16, 16 numbers per passage)',
  );
  await expect(dialog.locator('progress')).toHaveAttribute('value', /\d+/);

  // A wrong folder says so and changes nothing.
  await dialog.getByLabel('Folder of a language model on this computer').fill('/no/such/model');
  await dialog.getByRole('button', { name: 'Use this model' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await expect(dialog).toContainText('In use: the model “neural-tiny-embedding-model-16”');
  await page.screenshot({ path: 'test-results/embedding-dialog.png' });
});
