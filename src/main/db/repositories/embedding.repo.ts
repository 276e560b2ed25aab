import { VectorLogRepository } from './vector-log.repo';
import type { DatabaseSync } from 'node:sqlite';

/** The settings key holding the model folder of the neural embedder, absent for the lexical one. */
export const EMBEDDING_MODEL_SETTING = 'embedding_model';

/** Settings and vector-table maintenance for switching embedders. */
export class EmbeddingRepository {
  constructor(private readonly db: DatabaseSync) {}

  /** One setting's value, if set. */
  setting(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
      { value: string } | undefined;
    return row?.value;
  }

  /** Sets a setting, or removes it when `value` is null. */
  setSetting(key: string, value: string | null): void {
    if (value === null) this.db.prepare('DELETE FROM settings WHERE key = ?').run(key);
    else {
      this.db
        .prepare(
          'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
        )
        .run(key, value);
    }
  }

  /** Passages after `afterId`, in id order, for re-embedding in batches. */
  passagesAfter(
    afterId: number,
    limit: number,
  ): { id: number; documentId: number; text: string }[] {
    return this.db
      .prepare(
        'SELECT id, document_id AS documentId, text FROM passages WHERE id > ? ORDER BY id LIMIT ?',
      )
      .all(afterId, limit) as { id: number; documentId: number; text: string }[];
  }

  /** How many passages there are. */
  passageCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n;
  }

  /** Starts a fresh staging table for vectors being computed. */
  resetStaging(): void {
    this.db.exec(`DROP TABLE IF EXISTS vector_staging;
      CREATE TABLE vector_staging (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL, embedding BLOB NOT NULL)`);
  }

  /** Stores computed vectors in the staging table. */
  stage(rows: readonly { id: number; documentId: number; vector: Float32Array }[]): void {
    const insert = this.db.prepare(
      'INSERT OR REPLACE INTO vector_staging (id, document_id, embedding) VALUES (?, ?, ?)',
    );
    for (const row of rows) insert.run(row.id, row.documentId, row.vector);
  }

  /**
   * Replaces the vector table with one of `dimensions` holding the staged vectors; call inside
   * a transaction. The delete trigger on passages names the table, so it keeps working.
   */
  swapInStaged(dimensions: number): void {
    this.db.exec(`DROP TABLE passage_vectors;
      CREATE VIRTUAL TABLE passage_vectors USING vec0(
        embedding float[${dimensions}] distance_metric=cosine,
        document_id integer
      );
      INSERT INTO passage_vectors (rowid, embedding, document_id)
        SELECT id, embedding, document_id FROM vector_staging;
      DROP TABLE vector_staging;`);
    this.setSetting('vector_dimensions', String(dimensions));
    // Every vector changed: the approximate index of the old ones is rebuilt.
    new VectorLogRepository(this.db).renew();
  }

  /** Passages without a staged vector (imported while re-embedding ran). */
  unstagedPassages(): { id: number; documentId: number; text: string }[] {
    return this.db
      .prepare(
        `SELECT id, document_id AS documentId, text FROM passages
         WHERE id NOT IN (SELECT id FROM vector_staging)`,
      )
      .all() as { id: number; documentId: number; text: string }[];
  }
}
