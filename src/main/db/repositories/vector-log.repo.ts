import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { prepared } from '../prepared';

/** A passage id and its stored vector (absent when the passage or its vector is gone). */
export interface LoggedVector {
  passageId: number;
  vector: Float32Array | undefined;
}

const GENERATION = 'vector_generation';

function asVector(bytes: Uint8Array | undefined): Float32Array | undefined {
  if (!bytes) return undefined;
  return new Float32Array(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
}

/** The vector change log and the vectors the approximate index is built from. */
export class VectorLogRepository {
  constructor(private readonly db: DatabaseSync) {}

  /** Records that a passage's vector changed (passage inserts and deletes log themselves). */
  record(passageId: number): void {
    prepared(this.db, 'INSERT INTO vector_log (passage_id) VALUES (?)').run(passageId);
  }

  /** The name of the current vector space: it changes when every vector is replaced. */
  generation(): string {
    const row = prepared(this.db, 'SELECT value FROM settings WHERE key = ?').get(GENERATION) as
      { value: string } | undefined;
    return row?.value ?? '';
  }

  /** Starts a new vector space (after re-embedding): indexes of the old one are rebuilt. */
  renew(): void {
    prepared(this.db, 'INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(
      GENERATION,
      randomUUID(),
    );
  }

  /** The dimension of the stored vectors, as the embedding settings record it. */
  dimensions(): number {
    const row = prepared(this.db, 'SELECT value FROM settings WHERE key = ?').get(
      'vector_dimensions',
    ) as { value: string } | undefined;
    return Number(row?.value ?? 0);
  }

  /** The last sequence number ever logged (kept by AUTOINCREMENT even after trimming). */
  lastSeq(): number {
    const row = prepared(
      this.db,
      "SELECT seq FROM sqlite_sequence WHERE name = 'vector_log'",
    ).get() as { seq: number } | undefined;
    return row?.seq ?? 0;
  }

  /** Logged changes after `seq`, oldest first, each with the vector stored now. */
  changesAfter(seq: number, limit: number): { seq: number; changes: LoggedVector[] } {
    const rows = prepared(
      this.db,
      'SELECT seq, passage_id AS passageId FROM vector_log WHERE seq > ? ORDER BY seq LIMIT ?',
    ).all(seq, limit) as { seq: number; passageId: number }[];
    return {
      seq: rows.at(-1)?.seq ?? seq,
      changes: rows.map((row) => ({
        passageId: row.passageId,
        vector: this.vector(row.passageId),
      })),
    };
  }

  /** Passages after `afterId` in id order with their vectors: the index is rebuilt from these. */
  vectorsAfter(afterId: number, limit: number): LoggedVector[] {
    const rows = prepared(this.db, 'SELECT id FROM passages WHERE id > ? ORDER BY id LIMIT ?').all(
      afterId,
      limit,
    ) as { id: number }[];
    return rows.map((row) => ({ passageId: row.id, vector: this.vector(row.id) }));
  }

  /** Drops log entries an index saved to disk already holds. */
  trim(throughSeq: number): void {
    prepared(this.db, 'DELETE FROM vector_log WHERE seq <= ?').run(throughSeq);
  }

  private vector(passageId: number): Float32Array | undefined {
    const row = prepared(this.db, 'SELECT embedding FROM passage_vectors WHERE rowid = ?').get(
      BigInt(passageId),
    ) as { embedding: Uint8Array } | undefined;
    return asVector(row?.embedding);
  }
}
