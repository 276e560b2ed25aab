import { VectorLogRepository } from './vector-log.repo';
import type { DatabaseSync } from 'node:sqlite';

const SQLITE_READONLY = 8;

/** How many affected row ids a finding carries; the count is always exact. */
export const SAMPLE_IDS = 50;

/** A passage that needs a vector, with what the embedder needs to compute it. */
export interface PassageToEmbed {
  id: number;
  documentId: number;
  text: string;
  language: string | null;
}

/** The queries and repairs behind the built-in corpus checks. */
export class IntegrityRepository {
  constructor(private readonly db: DatabaseSync) {}

  /** The `id` column of a query's rows, as numbers (vec0 rowids come back as bigints). */
  private ids(sql: string): number[] {
    const rows = this.db.prepare(sql).all() as { id: number | bigint }[];
    return rows.map((row) => Number(row.id));
  }

  /** SQLite's own structural check: ['ok'] when the file is sound. */
  databaseIntegrity(): string[] {
    const rows = this.db.prepare('PRAGMA integrity_check(100)').all() as {
      integrity_check: string;
    }[];
    return rows.map((row) => row.integrity_check);
  }

  /**
   * FTS5's check of its index against the passages table; null when it agrees. FTS5 runs it
   * as an INSERT, so a read-only corpus skips it (the row-level checks still run).
   */
  fullTextIndexError(): string | null {
    try {
      this.db.exec(`INSERT INTO passages_fts(passages_fts, rank) VALUES ('integrity-check', 1)`);
      return null;
    } catch (error) {
      const code = (error as { errcode?: number }).errcode;
      return code === SQLITE_READONLY ? null : (error as Error).message;
    }
  }

  /** Passages the full-text index has no row for. */
  passagesMissingFromFullText(): number[] {
    return this.ids(`SELECT p.id FROM passages p
           WHERE NOT EXISTS (SELECT 1 FROM passages_fts_docsize s WHERE s.id = p.id) ORDER BY p.id`);
  }

  /** Full-text rows whose passage no longer exists. */
  fullTextOrphans(): number[] {
    return this.ids(`SELECT s.id FROM passages_fts_docsize s
           WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.id = s.id) ORDER BY s.id`);
  }

  /** Rebuilds the full-text index from the passages table (its content table). */
  rebuildFullText(): void {
    this.db.exec(`INSERT INTO passages_fts(passages_fts) VALUES ('rebuild')`);
  }

  /** Passages without a vector, or whose vector is filed under another document. */
  passagesMissingVectors(): number[] {
    return this.ids(`SELECT p.id FROM passages p
           WHERE NOT EXISTS (
             SELECT 1 FROM passage_vectors v WHERE v.rowid = p.id AND v.document_id = p.document_id
           ) ORDER BY p.id`);
  }

  /** Vectors whose passage no longer exists. */
  vectorOrphans(): number[] {
    return this.ids(`SELECT v.rowid AS id FROM passage_vectors v
           WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.id = v.rowid) ORDER BY v.rowid`);
  }

  /** Deletes vector rows by passage id (orphans, or misfiled before they are recomputed). */
  deleteVectors(passageIds: readonly number[]): void {
    const statement = this.db.prepare('DELETE FROM passage_vectors WHERE rowid = ?');
    const log = new VectorLogRepository(this.db);
    for (const id of passageIds) {
      statement.run(BigInt(id));
      log.record(id);
    }
  }

  /** The passages to embed again, with their document's language. */
  passagesToEmbed(passageIds: readonly number[]): PassageToEmbed[] {
    const statement = this.db.prepare(
      `SELECT p.id, p.document_id AS documentId, p.text, d.language
       FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.id = ?`,
    );
    return passageIds.flatMap((id) => {
      const row = statement.get(id) as PassageToEmbed | undefined;
      return row ? [row] : [];
    });
  }

  /** Stores a recomputed vector. */
  insertVector(passageId: number, documentId: number, vector: Float32Array): void {
    this.db
      .prepare('INSERT INTO passage_vectors (rowid, embedding, document_id) VALUES (?, ?, ?)')
      .run(BigInt(passageId), vector, BigInt(documentId));
    new VectorLogRepository(this.db).record(passageId);
  }

  /** Passages whose document no longer exists (possible only with foreign keys off). */
  orphanPassages(): number[] {
    return this.ids(`SELECT p.id FROM passages p
           WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = p.document_id) ORDER BY p.id`);
  }

  /** Deletes passages by id; the triggers remove their full-text and vector rows. */
  deletePassages(passageIds: readonly number[]): void {
    const statement = this.db.prepare('DELETE FROM passages WHERE id = ?');
    for (const id of passageIds) statement.run(id);
  }

  /** Documents that have no passage at all. */
  documentsWithoutPassages(): number[] {
    return this.ids(`SELECT d.id FROM documents d
           WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.document_id = d.id) ORDER BY d.id`);
  }

  /**
   * Passages whose offsets do not cut their own text out of the document's text. Checked in
   * JavaScript because offsets are UTF-16 indexes, which SQLite's substr() does not use.
   */
  passagesWithBadOffsets(): number[] {
    const bad: number[] = [];
    const passages = this.db.prepare(
      'SELECT id, start_offset, end_offset, text FROM passages WHERE document_id = ?',
    );
    for (const document of this.db.prepare('SELECT id, text FROM documents').iterate()) {
      const { id, text } = document as { id: number; text: string };
      for (const row of passages.iterate(id)) {
        const passage = row as {
          id: number;
          start_offset: number;
          end_offset: number;
          text: string;
        };
        const inside = passage.start_offset >= 0 && passage.end_offset <= text.length;
        if (!inside || text.slice(passage.start_offset, passage.end_offset) !== passage.text) {
          bad.push(passage.id);
        }
      }
    }
    return bad;
  }
}
