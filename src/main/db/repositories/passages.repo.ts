import { prepared } from '../prepared';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Passage } from '../../../shared/domain';

/** A passage about to be stored, with its vector. */
export interface NewPassage {
  ordinal: number;
  start: number;
  end: number;
  text: string;
  vector: Float32Array;
}

interface PassageRow {
  id: number;
  document_id: number;
  ordinal: number;
  start_offset: number;
  end_offset: number;
  text: string;
}

const columns = 'id, document_id, ordinal, start_offset, end_offset, text';

function toPassage(row: PassageRow): Passage {
  return {
    id: row.id,
    documentId: row.document_id,
    ordinal: row.ordinal,
    start: row.start_offset,
    end: row.end_offset,
    text: row.text,
  };
}

/** Reads and writes passages and their vectors (the FTS rows follow by trigger). */
export class PassagesRepository {
  private readonly insertPassage: StatementSync;
  private readonly insertVector: StatementSync;

  constructor(private readonly db: DatabaseSync) {
    this.insertPassage = db.prepare(
      'INSERT INTO passages (document_id, ordinal, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?)',
    );
    this.insertVector = db.prepare(
      'INSERT INTO passage_vectors (rowid, embedding, document_id) VALUES (?, ?, ?)',
    );
  }

  /** Stores a document's passages and vectors; call inside the import transaction. */
  insertMany(documentId: number, passages: readonly NewPassage[]): void {
    for (const passage of passages) {
      const result = this.insertPassage.run(
        documentId,
        passage.ordinal,
        passage.start,
        passage.end,
        passage.text,
      );
      // vec0 wants integer rowids and metadata as SQLite integers, hence BigInt.
      this.insertVector.run(BigInt(result.lastInsertRowid), passage.vector, BigInt(documentId));
    }
  }

  /** A document's passages in reading order. */
  byDocument(documentId: number): Passage[] {
    const rows = prepared(
      this.db,
      `SELECT ${columns} FROM passages WHERE document_id = ? ORDER BY ordinal`,
    ).all(documentId) as unknown as PassageRow[];
    return rows.map(toPassage);
  }

  /** One passage by id. */
  get(id: number): Passage | undefined {
    const row = prepared(this.db, `SELECT ${columns} FROM passages WHERE id = ?`).get(id) as
      PassageRow | undefined;
    return row && toPassage(row);
  }

  /** The stored vector of a passage. */
  vector(id: number): Float32Array | undefined {
    const row = prepared(this.db, 'SELECT embedding FROM passage_vectors WHERE rowid = ?').get(
      BigInt(id),
    ) as { embedding: Uint8Array } | undefined;
    if (!row) return undefined;
    const bytes = row.embedding;
    return new Float32Array(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
  }

  /** How many passages the corpus holds. */
  count(): number {
    return (prepared(this.db, 'SELECT count(*) AS n FROM passages').get() as { n: number }).n;
  }
}
