import { prepared } from '../prepared';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { NewPassage } from '../../../shared/document-content';
import type { Passage } from '../../../shared/domain';
import { VectorLogRepository } from './vector-log.repo';

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
  private readonly vectorLog: VectorLogRepository;

  constructor(private readonly db: DatabaseSync) {
    this.vectorLog = new VectorLogRepository(db);
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

  /**
   * Replaces a document's passages (re-processing) while keeping the id of every passage whose
   * text is unchanged, so links to it from notes and other features survive; passages that
   * are gone are deleted (their FTS rows and vectors follow by trigger). Call in a transaction.
   */
  replaceKeepingIds(documentId: number, passages: readonly NewPassage[]): void {
    const unused = new Map<string, number[]>();
    for (const old of this.byDocument(documentId)) {
      unused.set(old.text, [...(unused.get(old.text) ?? []), old.id]);
    }
    // Old ordinals move out of the way of the new ones (ordinal is unique per document).
    this.db
      .prepare('UPDATE passages SET ordinal = -1 - ordinal WHERE document_id = ?')
      .run(documentId);
    const move = this.db.prepare(
      'UPDATE passages SET ordinal = ?, start_offset = ?, end_offset = ? WHERE id = ?',
    );
    const dropVector = this.db.prepare('DELETE FROM passage_vectors WHERE rowid = ?');
    for (const passage of passages) {
      const id = unused.get(passage.text)?.shift();
      if (id === undefined) {
        this.insertMany(documentId, [passage]);
        continue;
      }
      move.run(passage.ordinal, passage.start, passage.end, id);
      // The language (and so the vector) may have changed with the same text.
      dropVector.run(BigInt(id));
      this.insertVector.run(BigInt(id), passage.vector, BigInt(documentId));
      this.vectorLog.record(id);
    }
    const remove = this.db.prepare('DELETE FROM passages WHERE id = ?');
    for (const ids of unused.values()) for (const id of ids) remove.run(id);
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

  /**
   * About how many passages there are, at once: the highest id (deleted passages still count).
   * `count(*)` reads the whole table, ~100 ms at a million passages.
   */
  approximateCount(): number {
    const row = prepared(this.db, 'SELECT max(id) AS id FROM passages').get() as {
      id: number | null;
    };
    return row.id ?? 0;
  }

  /** How many passages the corpus holds. */
  count(): number {
    return (prepared(this.db, 'SELECT count(*) AS n FROM passages').get() as { n: number }).n;
  }
}
