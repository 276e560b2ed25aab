import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { damagePages } from '../../../../tests/support/damage';
import { fixturesDir } from '../../../../tests/support/temp-corpus';
import { temporaryFolders } from '../../../../tests/support/temp-folders';
import { openCorpus } from '../../app/corpus';
import { quickCheckOffThread } from './quick-check';

describe('the quick check on a worker thread', () => {
  const folders = temporaryFolders('recoupe-quick-check-');
  afterEach(() => folders.removeAll());

  async function corpusFile(): Promise<{ file: string; close: () => void }> {
    const dataDir = folders.make();
    const corpus = openCorpus(dataDir, { buildVectorIndex: false });
    await corpus.handlers['corpus:import']({
      sources: ['crue-valmont-courrier.txt', 'brenne-flood-wire.md'].map((name) => ({
        kind: 'path' as const,
        path: join(fixturesDir, name),
      })),
    });
    return { file: join(dataDir, 'corpus.sqlite'), close: () => corpus.close() };
  }

  it('answers ok for a sound corpus still open in this thread (its own read-only connection)', async () => {
    const { file, close } = await corpusFile();
    try {
      // Null would mean no worker ran: the check fell back to this thread.
      expect(await quickCheckOffThread(file)).toEqual({ lines: ['ok'], damagedTables: [] });
    } finally {
      close();
    }
  });

  it('finds damaged pages and names the table they belong to', async () => {
    const { file, close } = await corpusFile();
    close();
    damagePages(file, 'documents', 1);
    const found = await quickCheckOffThread(file);
    expect(found).not.toBeNull();
    expect(found!.lines).not.toEqual(['ok']);
    expect(found!.damagedTables).toContain('documents');
  });

  it('answers null for a file no worker can open, so the caller checks it itself', async () => {
    expect(await quickCheckOffThread(join(folders.make(), 'missing.sqlite'))).toBeNull();
  });
});
