import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importFixtures } from '../../../../tests/support/temp-corpus';
import { openCorpus, VECTOR_INDEX_FILE, type Corpus } from '../../app/corpus';
import { PassagesRepository } from '../../db/repositories/passages.repo';
import { SearchRepository } from '../../db/repositories/search.repo';
import { VectorLogRepository } from '../../db/repositories/vector-log.repo';
import { NearestPassages } from './nearest';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const path = mkdtempSync(join(tmpdir(), 'recoupe-vectors-'));
  folders.push(path);
  return path;
}

/**
 * Recall@k against the exact sqlite-vec scan, probing with every passage's vector: of the index
 * alone (int8, approximate) and of the service, which filters its candidates in SQL.
 */
function recallAgainstExact(corpus: Corpus, k = 5): { index: number; service: number } {
  const passages = new PassagesRepository(corpus.db);
  const exact = new SearchRepository(corpus.db);
  const approximate = new NearestPassages(corpus.db, corpus.vectorIndex);
  const ids = (corpus.db.prepare('SELECT id FROM passages').all() as { id: number }[]).map(
    (row) => row.id,
  );
  let found = 0;
  let served = 0;
  for (const id of ids) {
    const vector = passages.vector(id)!;
    const truth = new Set(exact.nearest(vector, k, {}).map((passage) => passage.passageId));
    // The index itself must answer (not the exact fallback), and so must the service.
    const neighbours = corpus.vectorIndex.nearest(vector, k);
    if (!neighbours) throw new Error('the index is not ready');
    found += neighbours.filter((neighbour) => truth.has(neighbour.passageId)).length;
    served += approximate.find(vector, k).filter((passage) => truth.has(passage.passageId)).length;
  }
  const total = ids.length * Math.min(k, ids.length);
  return { index: found / total, service: served / total };
}

function expectRecall(corpus: Corpus): void {
  const recall = recallAgainstExact(corpus);
  expect(recall.index).toBeGreaterThan(0.9);
  expect(recall.service).toBeGreaterThan(0.9);
}

const files = [
  'crue-valmont-courrier.txt',
  'crue-valmont-gazette.txt',
  'brenne-flood-wire.md',
  'timeline-port-greve-brest.txt',
];

describe('the approximate vector index', () => {
  it('finds the same neighbours as the exact scan once built', async () => {
    // Without background building, so nothing builds it before the test says so.
    const dataDir = folder();
    const corpus = openCorpus(dataDir, { buildVectorIndex: false, exactVectorsBelow: 0 });
    try {
      await importFixtures(corpus, files);
      expect(corpus.vectorIndex.isReady()).toBe(false);
      corpus.vectorIndex.finish();
      expect(corpus.vectorIndex.isReady()).toBe(true);
      expectRecall(corpus);
      // The HNSW file of earlier versions goes once the new index is saved.
      writeFileSync(join(dataDir, 'vectors.usearch'), 'an old graph');
      corpus.vectorIndex.persist();
      expect(existsSync(join(dataDir, 'vectors.usearch'))).toBe(false);
      expect(existsSync(join(dataDir, VECTOR_INDEX_FILE))).toBe(true);
    } finally {
      corpus.close();
    }
  });

  it('is saved on close, read back, and catches up with imports and deletions from its log', async () => {
    const dataDir = folder();
    let corpus = openCorpus(dataDir, { exactVectorsBelow: 0 });
    await importFixtures(corpus, files.slice(0, 2));
    corpus.vectorIndex.finish();
    corpus.close();
    // Changes made while the app was closed (a CLI import) wait in the log.
    corpus = openCorpus(dataDir, { buildVectorIndex: false, exactVectorsBelow: 0 });
    const [added] = await importFixtures(corpus, ['timeline-port-strike-wire.md']);
    corpus.close();

    corpus = openCorpus(dataDir, { exactVectorsBelow: 0 });
    try {
      const passages = new PassagesRepository(corpus.db);
      const nearest = new NearestPassages(corpus.db, corpus.vectorIndex);
      const [first] = passages.byDocument(added!);
      // The search itself applies the few logged changes: the new passage is its own neighbour.
      expect(nearest.find(passages.vector(first!.id)!, 1)[0]?.passageId).toBe(first!.id);
      expect(corpus.vectorIndex.isReady()).toBe(true);
      await corpus.handlers['documents:delete']({ id: added! });
      const after = nearest.find(passages.vector(passages.byDocument(1)[0]!.id)!, 50);
      expect(after.some((passage) => passage.documentId === added)).toBe(false);
      expectRecall(corpus);
    } finally {
      corpus.close();
    }
  });

  it('is rebuilt when the vectors were replaced, or the file is unreadable or from a restored backup', async () => {
    const dataDir = folder();
    let corpus = openCorpus(dataDir, { exactVectorsBelow: 0 });
    await importFixtures(corpus, files.slice(0, 2));
    corpus.vectorIndex.finish();
    corpus.close();

    const reopenedReady = () => {
      corpus = openCorpus(dataDir, { buildVectorIndex: false, exactVectorsBelow: 0 });
      const vector = new PassagesRepository(corpus.db).vector(1)!;
      const ready = corpus.vectorIndex.nearest(vector, 3) !== null;
      corpus.close();
      return ready;
    };
    expect(reopenedReady()).toBe(true);

    // Re-embedding starts a new generation of vectors.
    corpus = openCorpus(dataDir, { buildVectorIndex: false, exactVectorsBelow: 0 });
    new VectorLogRepository(corpus.db).renew();
    corpus.close();
    expect(reopenedReady()).toBe(false);

    corpus = openCorpus(dataDir, { exactVectorsBelow: 0 });
    corpus.vectorIndex.finish();
    corpus.close();
    expect(reopenedReady()).toBe(true);
    // A file that claims more changes than the database ever logged belongs to another copy.
    corpus = openCorpus(dataDir, { buildVectorIndex: false, exactVectorsBelow: 0 });
    corpus.db.exec("UPDATE sqlite_sequence SET seq = 0 WHERE name = 'vector_log'");
    corpus.close();
    expect(reopenedReady()).toBe(false);

    writeFileSync(join(dataDir, VECTOR_INDEX_FILE), 'not an index');
    corpus = openCorpus(dataDir, { exactVectorsBelow: 0 });
    try {
      corpus.vectorIndex.finish();
      expectRecall(corpus);
    } finally {
      corpus.close();
    }
  });
});
