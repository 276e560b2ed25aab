import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir, temporaryCorpus } from '../../../../tests/support/temp-corpus';
import { LexicalHashEmbedder } from '../embedding/lexical-hash-embedder';
import { ImportJobs } from './import-jobs';
import { ImportService } from './import.service';
import { Turns } from './turns';
import { prepareFile } from './preparation';
import type { PreparerPool } from './worker/preparer-pool';

const files = ['crue-valmont-courrier.txt', 'brenne-flood-wire.md', 'digue-valmont-page.html'];
const sources = files.map((file) => ({ kind: 'path' as const, path: join(fixturesDir, file) }));

/**
 * Prepares files for real, but holds the first one back, as a worker busy with a long PDF
 * would: the files after it are ready first.
 */
function slowFirstPreparer(): PreparerPool {
  const embedder = new LexicalHashEmbedder();
  const preparer: Pick<PreparerPool, 'prepare'> = {
    async prepare(task) {
      if (task.fileName === files[0]) await sleep(150);
      return prepareFile(task.bytes, task.fileName, task.corrections, embedder);
    },
  };
  return preparer as PreparerPool;
}

describe('import order', () => {
  let corpus: ReturnType<typeof temporaryCorpus>;
  let importer: ImportService;
  beforeEach(() => {
    corpus = temporaryCorpus();
    importer = new ImportService(
      corpus.db,
      new LexicalHashEmbedder(),
      undefined,
      slowFirstPreparer(),
    );
  });
  afterEach(() => corpus.dispose());

  it('corpus:import stores files in the order given, whichever is prepared first', async () => {
    const outcomes = await new ImportJobs(importer).importAll(sources);
    expect(outcomes.map((outcome) => [outcome.status, outcome.documentId])).toEqual([
      ['imported', 1],
      ['imported', 2],
      ['imported', 3],
    ]);
    const titles = corpus.db.prepare('SELECT id, file_name FROM documents ORDER BY id').all();
    expect(titles.map((row) => row['file_name'])).toEqual(files);
  });

  it('a background job stores them in the order it found them too', async () => {
    const jobs = new ImportJobs(importer);
    const job = await jobs.settle(jobs.start(sources).id);
    expect(job.items.map((item) => [item.file, item.documentId])).toEqual(
      sources.map((source, index) => [source.path, index + 1]),
    );
  });

  it('a file that fails or is a duplicate gives its turn back at once', async () => {
    const broken = { kind: 'bytes' as const, name: 'broken.pdf', base64: 'bm90IGEgcGRm' };
    const copy = {
      kind: 'bytes' as const,
      name: files[0]!,
      base64: readFileSync(join(fixturesDir, files[0]!)).toString('base64'),
    };
    const outcomes = await new ImportJobs(importer).importAll([
      sources[0]!,
      broken,
      copy,
      sources[1]!,
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'imported',
      'failed',
      'duplicate',
      'imported',
    ]);
    expect(outcomes[3]!.documentId).toBe(2);
  });
});

describe('turns', () => {
  it('a turn given back early does not let a later one pass an earlier one still open', async () => {
    const turns = new Turns();
    const order: string[] = [];
    const first = turns.take();
    const second = turns.take();
    const third = turns.take();
    void third.ready.then(() => order.push('third'));
    second.done();
    await sleep(5);
    expect(order).toEqual([]);
    first.done();
    await third.ready;
    expect(order).toEqual(['third']);
  });
});
