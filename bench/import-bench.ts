import { rmSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE, openDatabase } from '../src/main/db/connection';
import type { Embedder } from '../src/main/services/embedding/embedder';
import { LexicalHashEmbedder } from '../src/main/services/embedding/lexical-hash-embedder';
import type { DatabaseSync } from 'node:sqlite';
import type { DocumentDetail } from '../src/shared/domain';
import { ImportService } from '../src/main/services/import/import.service';
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
function timedIndexers(): { indexers: DocumentIndexer[]; seconds: Record<string, number> } {
  const seconds: Record<string, number> = {};
  const indexers = documentIndexers().map((inner) => {
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

/** Generates `count` articles and imports them one file at a time into a fresh corpus. */
export async function measureImport(
  label: string,
  dataDir: string,
  count: number,
  embedder: Embedder,
  seed = 42,
  onProgress?: (done: number) => void,
  budgetSeconds = Infinity,
): Promise<ImportMeasurement> {
  rmSync(dataDir, { recursive: true, force: true });
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  const timed = new TimedEmbedder(embedder);
  const { indexers, seconds: indexerSeconds } = timedIndexers();
  const service = new ImportService(db, timed, indexers);
  const generator = new CorpusGenerator(seed);
  const tenthSize = Math.max(1, Math.floor(count / 10));
  const tenths: number[] = [];
  let importSeconds = 0;
  let generateSeconds = 0;
  let tenthStart = 0;
  let failed = 0;
  let done = 0;
  const articles = generator.articles(count);
  for (;;) {
    const generateStart = performance.now();
    const next = articles.next();
    generateSeconds += (performance.now() - generateStart) / 1000;
    // A time budget stops a large run early on a busy machine; the result says how far it got.
    if (next.done || importSeconds > budgetSeconds) break;
    const start = performance.now();
    const outcome = await service.importFile({ name: next.value.name, bytes: next.value.bytes });
    importSeconds += (performance.now() - start) / 1000;
    if (outcome.status !== 'imported') failed++;
    done++;
    if (done % tenthSize === 0) {
      tenths.push(tenthSize / (importSeconds - tenthStart));
      tenthStart = importSeconds;
      onProgress?.(done);
    }
  }
  const passages = (db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n;
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  db.close();
  return {
    label,
    articles: done,
    passages,
    seconds: importSeconds,
    embedSeconds: timed.seconds,
    generateSeconds,
    articlesPerSecond: done / importSeconds,
    passagesPerSecond: passages / importSeconds,
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
