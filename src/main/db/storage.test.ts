import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../tests/support/temp-folders';
import { fixturesDir } from '../../../tests/support/temp-corpus';
import { openCorpus } from '../app/corpus';
import { dispatch } from '../app/dispatch';
import { everyDocument } from '../../../tests/support/library';

const folders = temporaryFolders('recoupe-storage-');
const folder = () => folders.make();
afterEach(() => folders.removeAll());

const fixture = (file: string) => ({ kind: 'path' as const, path: join(fixturesDir, file) });
const bytes = (name: string, text: string) => ({
  kind: 'bytes' as const,
  name,
  base64: Buffer.from(text).toString('base64'),
});

/** A long article of distinct paragraphs, large enough to need many new pages. */
function longArticle(paragraphs: number): string {
  return Array.from(
    { length: paragraphs },
    (_, index) =>
      `Paragraphe ${index} : la crue de la rivière numéro ${index} a emporté ${index * 7} ponts, selon le rapport ${index * 13} de la préfecture.`,
  ).join('\n\n');
}

describe('a full disk', () => {
  it('fails the import with disk-full, keeps everything saved before, and recovers with space', async () => {
    const corpus = openCorpus(folder());
    await corpus.handlers['corpus:import']({ sources: [fixture('crue-valmont-courrier.txt')] });
    const pages = (corpus.db.prepare('PRAGMA page_count').get() as { page_count: number })
      .page_count;
    // SQLite's own cap on the file's size stands in for a full disk: same SQLITE_FULL error.
    corpus.db.exec(`PRAGMA max_page_count = ${pages + 3}`);

    const [outcome] = await corpus.handlers['corpus:import']({
      sources: [bytes('long.txt', longArticle(400))],
    });
    expect(outcome).toMatchObject({ status: 'failed', errorCode: 'disk-full' });
    expect(outcome!.error).toMatch(/disk holding the corpus is full/);
    expect((await everyDocument(corpus.handlers)).map((document) => document.fileName)).toEqual([
      'crue-valmont-courrier.txt',
    ]);
    expect((await corpus.handlers['corpus:check']({ repair: false })).ok).toBe(true);
    const search = await dispatch(corpus.handlers, 'search:query', { query: 'Orsec' });
    expect(search.ok && (search.value as unknown[]).length).toBeGreaterThan(0);

    corpus.db.exec('PRAGMA max_page_count = 1073741823');
    const [retry] = await corpus.handlers['corpus:import']({
      sources: [bytes('long.txt', longArticle(400))],
    });
    expect(retry).toMatchObject({ status: 'imported' });
    expect((await corpus.handlers['corpus:check']({ repair: false })).ok).toBe(true);
    corpus.close();
  });
});

describe('a read-only data folder', () => {
  async function filledFolder(): Promise<string> {
    const dataDir = folder();
    const corpus = openCorpus(dataDir);
    await corpus.handlers['corpus:import']({
      sources: [fixture('crue-valmont-courrier.txt'), fixture('brenne-flood-wire.md')],
    });
    corpus.close();
    return dataDir;
  }

  it('opens read-only: reading, search and backup work, changes fail with read-only', async () => {
    const dataDir = await filledFolder();
    const corpus = openCorpus(dataDir, { readOnly: true });
    expect(corpus.readOnly).toBe(true);
    expect(await everyDocument(corpus.handlers)).toHaveLength(2);
    const search = await dispatch(corpus.handlers, 'search:query', { query: 'Orsec' });
    expect(search.ok).toBe(true);
    const [outcome] = await corpus.handlers['corpus:import']({
      sources: [fixture('crue-valmont-gazette.txt')],
    });
    expect(outcome).toMatchObject({ status: 'failed', errorCode: 'read-only' });
    expect((await corpus.handlers['corpus:check']({ repair: false })).ok).toBe(true);
    const copy = await corpus.handlers['corpus:backup']({ path: join(folder(), 'copy.sqlite') });
    expect(copy.bytes).toBeGreaterThan(0);
    corpus.close();

    const reopened = openCorpus(dataDir);
    expect(reopened.readOnly).toBe(false);
    expect(await everyDocument(reopened.handlers)).toHaveLength(2);
    reopened.close();
  });

  it('refuses to create a corpus where none can be written', () => {
    expect(() => openCorpus(folder(), { readOnly: true })).toThrow(/cannot be written/);
  });

  // Root ignores chmod, so the folder is made read-only the way a locked drive is: a read-only
  // bind mount, in a private mount namespace (unshare) so nothing outside the test sees it.
  const namespaces = spawnSync('unshare', ['-rm', 'true']).status === 0;
  it.skipIf(!namespaces)(
    'detects a read-only mount by itself (unshare -rm with a read-only bind mount)',
    async () => {
      const dataDir = await filledFolder();
      const tsx = createRequire(import.meta.url).resolve('tsx');
      const probe = join(
        import.meta.dirname,
        '..',
        '..',
        '..',
        'tests',
        'support',
        'read-only-probe.ts',
      );
      const script = `mount --bind -o ro "$1" "$1" && exec "$2" --import "$3" "$4" "$1"`;
      const result = spawnSync(
        'unshare',
        ['-rm', 'sh', '-c', script, 'sh', dataDir, process.execPath, tsx, probe],
        { encoding: 'utf8' },
      );
      expect(result.stderr).toBe('');
      const report = JSON.parse(result.stdout);
      expect(report).toMatchObject({
        readOnly: true,
        documents: 2,
        outcome: { status: 'failed', errorCode: 'read-only' },
      });
    },
  );
});
