import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCorpus } from '../../src/main/app/corpus';
import { createBrowserServer } from '../../src/main/server/server';
import { damagePages } from '../support/damage';
import { expect, fixturesDir, test } from './fixtures';
import { everyDocument } from '../support/library';

// Importing, damaging, checking and rebuilding a corpus takes a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

const rendererDir = join(import.meta.dirname, '..', '..', 'out', 'renderer');
const articles = ['crue-valmont-courrier.txt', 'crue-valmont-gazette.txt', 'brenne-flood-wire.md'];

/** A corpus written and closed, then damaged on disk: `table`'s pages overwritten. */
async function damagedCorpus(table: string, pages: number, withBackup: boolean) {
  const dataDir = mkdtempSync(join(tmpdir(), 'recoupe-e2e-health-'));
  const corpus = openCorpus(dataDir, { buildVectorIndex: false });
  await corpus.handlers['corpus:import']({
    sources: articles.map((file) => ({ kind: 'path' as const, path: join(fixturesDir, file) })),
  });
  if (withBackup) await corpus.handlers['corpus:backup']({});
  corpus.close();
  damagePages(join(dataDir, 'corpus.sqlite'), table, pages);
  return dataDir;
}

/** The browser mode on that folder, as `npm run serve` starts it. */
async function serve(dataDir: string) {
  const corpus = openCorpus(dataDir);
  const { server, token } = createBrowserServer({
    handlers: corpus.handlers,
    staticDir: rendererDir,
    dataDir,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    corpus,
    close() {
      server.closeAllConnections();
      server.close();
      corpus.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

test('a corpus whose vectors are damaged opens readable, says so and rebuilds', async ({
  page,
}) => {
  const app = await serve(await damagedCorpus('passage_vectors_vector_chunks00', 3, false));
  try {
    await page.goto(app.url);
    const alert = page.getByRole('alert', { name: 'Corpus file' });
    await expect(alert).toBeVisible({ timeout: 20_000 });
    await expect(alert).toContainText('Only the search indexes are hit');
    // What can be read stays readable.
    await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('Valmont');
    await page.screenshot({ path: 'test-results/health-damaged.png' });

    await alert.getByRole('button', { name: 'Rebuild the indexes' }).click();
    const done = page.getByRole('status').filter({ hasText: 'The indexes were rebuilt' });
    await expect(done).toBeVisible({ timeout: 30_000 });
    await expect(done).toContainText('.damaged-');
    await page.screenshot({ path: 'test-results/health-rebuilt.png' });
    expect((await app.corpus.handlers['corpus:check']({ repair: false })).ok).toBe(true);
    await done.getByRole('button', { name: 'Reload the window' }).click();
    await expect(page.getByText('Part of the corpus file is damaged')).toHaveCount(0);
  } finally {
    app.close();
  }
});

test('a corpus whose articles are damaged offers the newest backup and restores it', async ({
  page,
}) => {
  const app = await serve(await damagedCorpus('documents', 1, true));
  try {
    await page.goto(app.url);
    const alert = page.getByRole('alert', { name: 'Corpus file' });
    await expect(alert).toBeVisible({ timeout: 20_000 });
    await expect(alert).toContainText('the way back is the newest backup');
    await expect(alert.getByRole('button', { name: 'Rebuild the indexes' })).toHaveCount(0);
    await alert.getByRole('button', { name: /Restore the backup of/ }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'The newest backup was restored' }),
    ).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: 'test-results/health-restored.png' });
    expect((await app.corpus.handlers['corpus:check']({ repair: false })).ok).toBe(true);
    expect(await everyDocument(app.corpus.handlers)).toHaveLength(3);
  } finally {
    app.close();
  }
});

test('the status bar shows the automatic backups with their budget, and where the log is', async ({
  page,
  app,
}) => {
  // Re-embedding takes an automatic backup first.
  await app.corpus.handlers['embedding:use']({ modelFolder: null });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Backups…' }).click();
  const backups = page.getByRole('dialog', { name: 'Automatic backups' });
  await expect(
    backups.getByRole('list', { name: 'Backups kept' }).getByRole('listitem'),
  ).toHaveCount(1);
  await expect(backups).toContainText('MB budget');
  await backups.getByLabel('Size budget (MB)').fill('500');
  await backups.getByRole('button', { name: 'Save' }).click();
  await expect(backups).toContainText('of a 500 MB budget');
  // By keyboard, a budget under the minimum is raised to it when the field is left.
  await backups.getByLabel('Size budget (MB)').fill('20');
  await page.keyboard.press('Tab');
  await expect(backups.getByRole('button', { name: 'Save' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(backups).toContainText('of a 50 MB budget');
  await page.screenshot({ path: 'test-results/backups-dialog.png' });
  await backups.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Report a problem…' }).click();
  const report = page.getByRole('dialog', { name: 'Report a problem' });
  await expect(report).toContainText(`${app.corpus.dataDir}/logs/recoupe.log`);
  await page.screenshot({ path: 'test-results/report-problem.png' });
});
