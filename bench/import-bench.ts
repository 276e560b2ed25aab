import { rmSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE, openDatabase } from '../src/main/db/connection';
import type { Embedder } from '../src/main/services/embedding/embedder';
import { LexicalHashEmbedder } from '../src/main/services/embedding/lexical-hash-embedder';
import type { DatabaseSync } from 'node:sqlite';
import type { DocumentDetail } from '../src/shared/domain';
import { FILES_IN_FLIGHT, ImportService } from '../src/main/services/import/import.service';
import type { PreparerPool } from '../src/main/services/import/worker/preparer-pool';
import { documentIndexers, type DocumentIndexer } from '../src/main/services/indexers';
import { CorpusGenerator } from './corpus-generator';

/** What one import run measured. */
export interface ImportMeasurement {
  label: string;
  articles: number;
  passages: number;
  seconds: number;
  /** Seconds spent inside the embedder (part of `seconds`). */
  embedSeconds: number;
  /** Seconds spent generating the synthetic files (not part of `seconds`). */
  generateSeconds: number;
  articlesPerSecond: number;
  passagesPerSecond: number;
  /** Articles per second over each tenth of the run, to show slow-down as the corpus grows. */
  tenths: number[];
  databaseBytes: number;
  failed: number;
  /** Seconds inside each document indexer (timeline events…), part of `seconds`. */
  indexerSeconds: Record<string, number>;
}

/** The product's document indexers, each timed. */
function timedIndexers(skipped: readonly string[] = []): {
  indexers: DocumentIndexer[];
  seconds: Record<string, number>;
} {
  const seconds: Record<string, number> = {};
  const kept = documentIndexers().filter((indexer) => !skipped.includes(indexer.name));
  const indexers = kept.map((inner) => {
    seconds[inner.name] = 0;
    return {
      name: inner.name,
      index(db: DatabaseSync, document: DocumentDetail) {
        const start = performance.now();
        inner.index(db, document);
        seconds[inner.name]! += (performance.now() - start) / 1000;
      },
    };
  });
  return { indexers, seconds };
}

/** Wraps an embedder to count the time spent in it. */
class TimedEmbedder implements Embedder {
  seconds = 0;
  constructor(private readonly inner: Embedder) {}
  get id() {
    return this.inner.id;
  }
  get dimensions() {
    return this.inner.dimensions;
  }
  async embed(texts: readonly string[], language?: string | null) {
    const start = performance.now();
    const vectors = await this.inner.embed(texts, language);
    this.seconds += (performance.now() - start) / 1000;
    return vectors;
  }
}

/**
 * Stands in for the embedder with one fixed unit vector: the import without the cost of
 * embedding (the vector row is still written, so this isolates the embedder, not vec0).
 */
export class ConstantEmbedder implements Embedder {
  readonly id = 'constant';
  private readonly vector: Float32Array;
  constructor(readonly dimensions = 256) {
    this.vector = new Float32Array(dimensions);
    this.vector[0] = 1;
  }
  async embed(texts: readonly string[]) {
    return texts.map(() => this.vector);
  }
}

/** Size of the database file and its write-ahead log. */
export function databaseBytes(dataDir: string): number {
  const file = join(dataDir, DATABASE_FILE);
  return [file, `${file}-wal`]
    .filter((path) => existsSync(path))
    .reduce((sum, path) => sum + statSync(path).size, 0);
}

/**
 * Generates `count` articles and imports them into a fresh corpus as an import job does: with
 * the worker (`preparer`), two files in flight, one prepared there while the other is stored;
 * without it, one file at a time on this thread (the design before the worker).
 */
export async function measureImport(
  label: string,
  dataDir: string,
  count: number,
  embedder: Embedder,
  seed = 42,
  onProgress?: (done: number) => void,
  budgetSeconds = Infinity,
  preparer: PreparerPool | null = null,
  /** For A/B runs: files in flight, and indexers left out (what moving them off the write path could gain). */
  variant: { lanes?: number; skippedIndexers?: readonly string[] } = {},
): Promise<ImportMeasurement> {
  rmSync(dataDir, { recursive: true, force: true });
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  const timed = new TimedEmbedder(embedder);
  const { indexers, seconds: indexerSeconds } = timedIndexers(variant.skippedIndexers);
  const service = new ImportService(db, timed, indexers, preparer);
  const generator = new CorpusGenerator(seed);
  const tenthSize = Math.max(1, Math.floor(count / 10));
  const tenths: number[] = [];
  let generateSeconds = 0;
  let tenthStart = 0;
  let failed = 0;
  let done = 0;
  const articles = generator.articles(count);
  const started = performance.now();
  // Wall-clock time spent importing (files overlap, so per-file times would count twice).
  const importSeconds = () => (performance.now() - started) / 1000 - generateSeconds;
  const lane = async () => {
    for (;;) {
      const generateStart = performance.now();
      const next = articles.next();
      generateSeconds += (performance.now() - generateStart) / 1000;
      // A time budget stops a large run early on a busy machine; the result says how far it got.
      if (next.done || importSeconds() > budgetSeconds) return;
      const outcome = await service.importFile({ name: next.value.name, bytes: next.value.bytes });
      if (outcome.status !== 'imported') failed++;
      done++;
      if (done % tenthSize === 0) {
        tenths.push(tenthSize / (importSeconds() - tenthStart));
        tenthStart = importSeconds();
        onProgress?.(done);
      }
    }
  };
  const lanes = variant.lanes ?? (preparer ? FILES_IN_FLIGHT : 1);
  await Promise.all(Array.from({ length: lanes }, lane));
  const seconds = importSeconds();
  const passages = (db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n;
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  db.close();
  return {
    label,
    articles: done,
    passages,
    seconds,
    embedSeconds: timed.seconds,
    generateSeconds,
    articlesPerSecond: done / seconds,
    passagesPerSecond: passages / seconds,
    tenths,
    databaseBytes: databaseBytes(dataDir),
    failed,
    indexerSeconds,
  };
}

/** The built-in embedder the product uses. */
export function productEmbedder(): Embedder {
  return new LexicalHashEmbedder();
}
