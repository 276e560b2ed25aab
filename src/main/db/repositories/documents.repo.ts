import type { DatabaseSync } from 'node:sqlite';
import type { DateProvenance, DocumentSummary } from '../../../shared/domain';

/** The fields stored when a document is imported. */
export interface NewDocument {
  contentHash: string;
  fileName: string;
  format: string;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  language: string | null;
  publishedAt: string | null;
  publishedAtSource: DateProvenance | null;
  original: Uint8Array;
  text: string;
}

interface DocumentRow {
  id: number;
  title: string;
  file_name: string;
  format: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  published_at: string | null;
  published_at_source: DateProvenance | null;
  language: string | null;
  imported_at: string;
  passage_count: number;
}

const summaryColumns = `
  d.id, d.title, d.file_name, d.format, d.outlet, d.author, d.url, d.published_at,
  d.published_at_source, d.language, d.imported_at,
  (SELECT count(*) FROM passages p WHERE p.document_id = d.id) AS passage_count`;

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    fileName: row.file_name,
    format: row.format,
    outlet: row.outlet,
    author: row.author,
    url: row.url,
    publishedAt: row.published_at,
    publishedAtSource: row.published_at_source,
    language: row.language,
    importedAt: row.imported_at,
    passageCount: row.passage_count,
  };
}

/** Reads and writes the documents table. */
export class DocumentsRepository {
  constructor(private readonly db: DatabaseSync) {}

  /** The id of the document with these exact bytes, if already imported. */
  findByHash(contentHash: string): number | undefined {
    const row = this.db
      .prepare('SELECT id FROM documents WHERE content_hash = ?')
      .get(contentHash) as { id: number } | undefined;
    return row?.id;
  }

  /** Inserts a document and returns its id. */
  insert(document: NewDocument): number {
    const result = this.db
      .prepare(
        `INSERT INTO documents (content_hash, file_name, format, title, outlet, author, url, language,
           published_at, published_at_source, imported_at, original, text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        document.contentHash,
        document.fileName,
        document.format,
        document.title,
        document.outlet,
        document.author,
        document.url,
        document.language,
        document.publishedAt,
        document.publishedAtSource,
        new Date().toISOString(),
        document.original,
        document.text,
      );
    return Number(result.lastInsertRowid);
  }

  /** Every document, newest publication first (undated ones last). */
  list(): DocumentSummary[] {
    const rows = this.db
      .prepare(
        `SELECT ${summaryColumns} FROM documents d
         ORDER BY d.published_at IS NULL, d.published_at DESC, d.id DESC`,
      )
      .all() as unknown as DocumentRow[];
    return rows.map(toSummary);
  }

  /** One document's summary and clean text. */
  get(id: number): (DocumentSummary & { text: string }) | undefined {
    const row = this.db
      .prepare(`SELECT ${summaryColumns}, d.text FROM documents d WHERE d.id = ?`)
      .get(id) as unknown as (DocumentRow & { text: string }) | undefined;
    return row && { ...toSummary(row), text: row.text };
  }

  /** Deletes a document with its passages (highlights become orphans by trigger); true when it existed. */
  delete(id: number): boolean {
    return Number(this.db.prepare('DELETE FROM documents WHERE id = ?').run(id).changes) > 0;
  }

  /** How many documents the corpus holds. */
  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  }
}
