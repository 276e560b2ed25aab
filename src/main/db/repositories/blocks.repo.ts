import type { DatabaseSync } from 'node:sqlite';
import type { NewBlock } from '../../../shared/document-content';
import type { DocumentBlock } from '../../../shared/domain';

interface BlockRow {
  ordinal: number;
  kind: string;
  included: number;
  overridden: number;
  page: number | null;
  text: string;
}

/** Reads and writes the blocks of imported files (body and removed boilerplate alike). */
export class BlocksRepository {
  constructor(private readonly db: DatabaseSync) {}

  /** Replaces a document's blocks; call inside its import or re-process transaction. */
  replace(documentId: number, blocks: readonly NewBlock[]): void {
    this.db.prepare('DELETE FROM document_blocks WHERE document_id = ?').run(documentId);
    const insert = this.db.prepare(
      `INSERT INTO document_blocks (document_id, ordinal, kind, included, overridden, page, text)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    blocks.forEach((block, ordinal) =>
      insert.run(
        documentId,
        ordinal,
        block.kind,
        block.included ? 1 : 0,
        block.overridden ? 1 : 0,
        block.page,
        block.text,
      ),
    );
  }

  /** A document's blocks in file order. */
  byDocument(documentId: number): DocumentBlock[] {
    const rows = this.db
      .prepare(
        `SELECT ordinal, kind, included, overridden, page, text FROM document_blocks
         WHERE document_id = ? ORDER BY ordinal`,
      )
      .all(documentId) as unknown as BlockRow[];
    return rows.map((row) => ({
      ordinal: row.ordinal,
      kind: row.kind,
      included: row.included === 1,
      overridden: row.overridden === 1,
      page: row.page,
      text: row.text,
    }));
  }
}
