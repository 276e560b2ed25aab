import { prepared } from '../prepared';
import type { DatabaseSync } from 'node:sqlite';
import type { AttributionEvidence, DateBasis, DatePrecision } from '../../../shared/attribution';
import type { DocumentContent, DocumentCorrections } from '../../../shared/document-content';
import type { DateProvenance, DocumentSummary } from '../../../shared/domain';

/** The fields stored when a document is imported. */
export interface NewDocument
  extends
    Omit<
      DocumentContent,
      | 'fieldSources'
      | 'textHash'
      | 'publishedBasis'
      | 'publishedPrecision'
      | 'publishedEarliest'
      | 'publishedLatest'
      | 'attribution'
    >,
    Partial<
      Pick<
        DocumentContent,
        | 'publishedBasis'
        | 'publishedPrecision'
        | 'publishedEarliest'
        | 'publishedLatest'
        | 'attribution'
      >
    > {
  contentHash: string;
  /** The file's modification time, when it was read from disk. */
  fileModifiedAt?: string | null;
  fileName: string;
  original: Uint8Array;
  fieldSources?: DocumentContent['fieldSources'];
  textHash?: string;
}

/** A publish date as stored on the document row. */
export interface PublishDateRow {
  date: string | null;
  basis: DateBasis | null;
  precision: DatePrecision | null;
  earliest: string | null;
  latest: string | null;
}

/** A row of `summaryColumns`. */
export interface DocumentRow {
  id: number;
  title: string;
  file_name: string;
  format: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  published_at: string | null;
  published_at_source: DateProvenance | null;
  published_basis: DateBasis | null;
  published_precision: DatePrecision | null;
  published_earliest: string | null;
  published_latest: string | null;
  title_made_up: number | null;
  language: string | null;
  imported_at: string;
  passage_count: number;
}

/** The columns of a document's summary, from `documents d`. */
export const summaryColumns = `
  d.id, d.title, d.file_name, d.format, d.outlet, d.author, d.url, d.published_at,
  d.published_at_source, d.published_basis, d.published_precision, d.published_earliest,
  d.published_latest, json_extract(d.attribution, '$.titleMadeUp') AS title_made_up,
  d.language, d.imported_at,
  (SELECT count(*) FROM passages p WHERE p.document_id = d.id) AS passage_count`;

/** A publish date's range columns, from `documents d`, named as list and search items name them. */
export const publishedRangeColumns = `d.published_precision AS publishedPrecision,
  d.published_earliest AS publishedEarliest, d.published_latest AS publishedLatest`;

/** A summary from a row of `summaryColumns`. */
export function toSummary(row: DocumentRow): DocumentSummary {
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
    publishedBasis: row.published_basis,
    publishedPrecision: row.published_precision,
    publishedEarliest: row.published_earliest,
    publishedLatest: row.published_latest,
    titleMadeUp: Boolean(row.title_made_up),
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
    const row = prepared(this.db, 'SELECT id FROM documents WHERE content_hash = ?').get(
      contentHash,
    ) as { id: number } | undefined;
    return row?.id;
  }

  /** Inserts a document and returns its id. */
  insert(document: NewDocument): number {
    const result = prepared(
      this.db,
      `INSERT INTO documents (content_hash, file_name, format, title, outlet, author, url, language,
           published_at, published_at_source, imported_at, original, text, field_sources, text_hash,
           published_basis, published_precision, published_earliest, published_latest, attribution,
           file_modified_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
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
      JSON.stringify(document.fieldSources ?? {}),
      document.textHash ?? null,
      document.publishedBasis ?? null,
      document.publishedPrecision ?? null,
      document.publishedEarliest ?? null,
      document.publishedLatest ?? null,
      JSON.stringify(document.attribution ?? {}),
      document.fileModifiedAt ?? null,
    );
    return Number(result.lastInsertRowid);
  }

  /** The id of a document whose clean text has this hash (the same article in other bytes). */
  findByTextHash(textHash: string): number | undefined {
    const row = this.db
      .prepare('SELECT id FROM documents WHERE text_hash = ? ORDER BY id LIMIT 1')
      .get(textHash) as { id: number } | undefined;
    return row?.id;
  }

  /** Replaces what was made from the file (re-processing), keeping id, bytes and corrections. */
  replaceContent(id: number, content: DocumentContent): void {
    this.db
      .prepare(
        `UPDATE documents SET format = ?, title = ?, outlet = ?, author = ?, url = ?, language = ?,
           published_at = ?, published_at_source = ?, field_sources = ?, text = ?, text_hash = ?,
           published_basis = ?, published_precision = ?, published_earliest = ?,
           published_latest = ?, attribution = ?
         WHERE id = ?`,
      )
      .run(
        content.format,
        content.title,
        content.outlet,
        content.author,
        content.url,
        content.language,
        content.publishedAt,
        content.publishedAtSource,
        JSON.stringify(content.fieldSources),
        content.text,
        content.textHash,
        content.publishedBasis,
        content.publishedPrecision,
        content.publishedEarliest,
        content.publishedLatest,
        JSON.stringify(content.attribution),
        id,
      );
  }

  /** The evidence kept for a document's publish date, outlet, author and title. */
  attribution(id: number): AttributionEvidence {
    const row = this.db.prepare('SELECT attribution FROM documents WHERE id = ?').get(id) as
      { attribution: string } | undefined;
    return row ? (JSON.parse(row.attribution) as AttributionEvidence) : {};
  }

  /** The file's modification time recorded at import, if it was read from disk. */
  fileModifiedAt(id: number): string | null {
    const row = this.db.prepare('SELECT file_modified_at FROM documents WHERE id = ?').get(id) as
      { file_modified_at: string | null } | undefined;
    return row?.file_modified_at ?? null;
  }

  /**
   * Sets a publish date from outside the file (the corpus hint's estimate), with its evidence,
   * or sets back the file's own undated answer when the hint is taken back.
   */
  setEstimate(id: number, date: PublishDateRow, attribution: AttributionEvidence): void {
    this.db
      .prepare(
        `UPDATE documents SET published_at = ?, published_at_source = NULL, published_basis = ?,
           published_precision = ?, published_earliest = ?, published_latest = ?, attribution = ?
         WHERE id = ?`,
      )
      .run(
        date.date,
        date.basis,
        date.precision,
        date.earliest,
        date.latest,
        JSON.stringify(attribution),
        id,
      );
  }

  /** The stored file: its name and original bytes. */
  original(id: number): { fileName: string; bytes: Uint8Array } | undefined {
    const row = this.db
      .prepare('SELECT file_name, original FROM documents WHERE id = ?')
      .get(id) as { file_name: string; original: Uint8Array } | undefined;
    return row && { fileName: row.file_name, bytes: row.original };
  }

  /** Where each field came from. */
  fieldSources(id: number): DocumentContent['fieldSources'] {
    const row = this.db.prepare('SELECT field_sources FROM documents WHERE id = ?').get(id) as
      { field_sources: string } | undefined;
    return row ? (JSON.parse(row.field_sources) as DocumentContent['fieldSources']) : {};
  }

  /** The user's corrections of a document. */
  corrections(id: number): DocumentCorrections {
    const row = this.db.prepare('SELECT corrections FROM documents WHERE id = ?').get(id) as
      { corrections: string } | undefined;
    return row ? (JSON.parse(row.corrections) as DocumentCorrections) : {};
  }

  /** Saves the user's corrections of a document. */
  saveCorrections(id: number, corrections: DocumentCorrections): void {
    this.db
      .prepare('UPDATE documents SET corrections = ? WHERE id = ?')
      .run(JSON.stringify(corrections), id);
  }

  /** Every document, newest publication first (undated ones last). */
  list(): DocumentSummary[] {
    const rows = prepared(
      this.db,
      `SELECT ${summaryColumns} FROM documents d
         ORDER BY d.published_at IS NULL, d.published_at DESC, d.id DESC`,
    ).all() as unknown as DocumentRow[];
    return rows.map(toSummary);
  }

  /** One document's summary and clean text. */
  get(id: number): (DocumentSummary & { text: string }) | undefined {
    const row = prepared(
      this.db,
      `SELECT ${summaryColumns}, d.text FROM documents d WHERE d.id = ?`,
    ).get(id) as unknown as (DocumentRow & { text: string }) | undefined;
    return row && { ...toSummary(row), text: row.text };
  }

  /** Deletes a document with its passages (highlights become orphans by trigger); true when it existed. */
  delete(id: number): boolean {
    return Number(this.db.prepare('DELETE FROM documents WHERE id = ?').run(id).changes) > 0;
  }

  /** Every document's id, oldest import first. */
  ids(): number[] {
    const rows = prepared(this.db, 'SELECT id FROM documents ORDER BY id').all() as {
      id: number;
    }[];
    return rows.map((row) => row.id);
  }

  /** How many documents the corpus holds. */
  count(): number {
    return (prepared(this.db, 'SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  }
}
