import type { DateBasis } from '../../../shared/attribution';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { prepared } from '../prepared';
import type { PublishedRange } from '../../../shared/published-range';
import { publishedRangeColumns } from './documents.repo';
import { passageColumns, type RankedPassage } from './search.repo';

/** A quote about to be stored. */
export interface NewQuote {
  documentId: number;
  passageId: number;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  /** Space-separated content stems, for fuzzy matching across sources. */
  stems: string;
}

/** A figure about to be stored. */
export interface NewFigure {
  documentId: number;
  passageId: number;
  start: number;
  end: number;
  text: string;
  value: number;
  approximate: boolean;
  unit: string;
  /** Space-separated content stems around the figure: what it is about. */
  context: string;
}

/** Where a stored quote or figure sits, with its document's display fields. */
export interface Located extends Required<PublishedRange> {
  documentId: number;
  passageId: number;
  ordinal: number;
  /** Where the passage starts in its document's text: stored offsets minus this fall in `passageText`. */
  passageStart: number;
  title: string;
  fileName: string;
  outlet: string | null;
  publishedAt: string | null;
  publishedBasis: DateBasis | null;
  /** The document's language as stored ("fr", "en") or null. */
  language: string | null;
  passageText: string;
}

/** A stored quote with its place. */
export type StoredQuote = Located & Omit<NewQuote, 'documentId' | 'passageId'>;
/** A stored figure with its place. */
export type StoredFigure = Located & Omit<NewFigure, 'documentId' | 'passageId'>;

/** A quote's words, as comparing passages reads them. */
export interface QuoteStems {
  passageId: number;
  text: string;
  /** Space-separated content stems. */
  stems: string;
}

/** A figure's value, as comparing passages reads it. */
export interface FigureValue {
  passageId: number;
  text: string;
  value: number;
  unit: string;
}

const located = `q.document_id AS documentId, q.passage_id AS passageId, p.ordinal,
  p.start_offset AS passageStart,
  d.title, d.file_name AS fileName, p.text AS passageText, d.outlet, d.published_at AS publishedAt,
  d.published_basis AS publishedBasis, ${publishedRangeColumns}, d.language,
  q.start_offset AS start, q.end_offset AS "end", q.text`;
const joins = 'JOIN passages p ON p.id = q.passage_id JOIN documents d ON d.id = q.document_id';

function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** Quotes, figures and document fingerprints derived at import, for cross-checking. */
export class CrosscheckRepository {
  private readonly insertQuoteStatement: StatementSync;
  private readonly insertFigureStatement: StatementSync;

  constructor(private readonly db: DatabaseSync) {
    this.insertQuoteStatement = db.prepare(
      `INSERT INTO quotes (document_id, passage_id, start_offset, end_offset, text, speaker, stems)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertFigureStatement = db.prepare(
      `INSERT INTO figures (document_id, passage_id, start_offset, end_offset, text, value,
         approximate, unit, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /** Stores one quote. */
  insertQuote(quote: NewQuote): void {
    this.insertQuoteStatement.run(
      quote.documentId,
      quote.passageId,
      quote.start,
      quote.end,
      quote.text,
      quote.speaker,
      quote.stems,
    );
  }

  /** Stores one figure. */
  insertFigure(figure: NewFigure): void {
    this.insertFigureStatement.run(
      figure.documentId,
      figure.passageId,
      figure.start,
      figure.end,
      figure.text,
      figure.value,
      figure.approximate ? 1 : 0,
      figure.unit,
      figure.context,
    );
  }

  /** Stores a document's MinHash signature and its LSH band hashes. */
  insertFingerprint(documentId: number, signature: readonly number[], bands: readonly number[]) {
    this.db
      .prepare('INSERT INTO document_fingerprints (document_id, signature) VALUES (?, ?)')
      .run(documentId, JSON.stringify(signature));
    const band = this.db.prepare(
      'INSERT OR IGNORE INTO fingerprint_bands (band, hash, document_id) VALUES (?, ?, ?)',
    );
    bands.forEach((hash, index) => band.run(index, hash, documentId));
  }

  /** Removes a document's quotes, figures and fingerprint before it is indexed again. */
  clearDocument(documentId: number): void {
    for (const table of ['quotes', 'figures', 'fingerprint_bands', 'document_fingerprints']) {
      this.db.prepare(`DELETE FROM ${table} WHERE document_id = ?`).run(documentId);
    }
  }

  /** Every stored quote, or those of some passages. */
  quotes(passageIds?: readonly number[]): StoredQuote[] {
    const where = passageIds ? `WHERE q.passage_id IN (${placeholders(passageIds.length)})` : '';
    return this.db
      .prepare(
        `SELECT ${located}, q.speaker, q.stems FROM quotes q ${joins} ${where} ORDER BY q.id`,
      )
      .all(...(passageIds ?? [])) as unknown as StoredQuote[];
  }

  /** Every stored figure, or those of some passages. */
  figures(passageIds?: readonly number[]): StoredFigure[] {
    const where = passageIds ? `WHERE q.passage_id IN (${placeholders(passageIds.length)})` : '';
    const rows = this.db
      .prepare(
        `SELECT ${located}, q.value, q.approximate, q.unit, q.context
         FROM figures q ${joins} ${where} ORDER BY q.id`,
      )
      .all(...(passageIds ?? [])) as unknown as (Omit<StoredFigure, 'approximate'> & {
      approximate: number;
    })[];
    return rows.map((row) => ({ ...row, approximate: row.approximate === 1 }));
  }

  /**
   * The quotes of some passages, text and stems only, in the order they were stored: similar
   * passages reads them for ~300 candidates a call, so in one prepared statement and without
   * the document fields `quotes` joins in.
   */
  quoteStems(passageIds: readonly number[]): QuoteStems[] {
    return prepared(
      this.db,
      `SELECT passage_id AS passageId, text, stems FROM quotes
       WHERE passage_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    ).all(JSON.stringify(passageIds)) as unknown as QuoteStems[];
  }

  /** The figures of some passages, value and unit only, in the order they were stored. */
  figureValues(passageIds: readonly number[]): FigureValue[] {
    return prepared(
      this.db,
      `SELECT passage_id AS passageId, text, value, unit FROM figures
       WHERE passage_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    ).all(JSON.stringify(passageIds)) as unknown as FigureValue[];
  }

  /** Passages of other documents holding a figure with this unit and value. */
  passagesWithFigure(unit: string, value: number, excludeDocumentId: number): number[] {
    const rows = prepared(
      this.db,
      'SELECT DISTINCT passage_id AS id FROM figures WHERE unit = ? AND value = ? AND document_id != ? LIMIT 50',
    ).all(unit, value, excludeDocumentId) as { id: number }[];
    return rows.map((row) => row.id);
  }

  /** Pairs of documents sharing at least one fingerprint band: candidate copies. */
  fingerprintPairs(): { first: number; second: number }[] {
    return this.db
      .prepare(
        `SELECT DISTINCT a.document_id AS first, b.document_id AS second
         FROM fingerprint_bands a JOIN fingerprint_bands b
           ON a.band = b.band AND a.hash = b.hash AND a.document_id < b.document_id`,
      )
      .all() as { first: number; second: number }[];
  }

  /** The MinHash signatures of some documents. */
  signatures(documentIds: readonly number[]): Map<number, number[]> {
    const rows = this.db
      .prepare(
        `SELECT document_id AS id, signature FROM document_fingerprints
         WHERE document_id IN (${placeholders(documentIds.length)})`,
      )
      .all(...documentIds) as { id: number; signature: string }[];
    return new Map(rows.map((row) => [row.id, JSON.parse(row.signature) as number[]]));
  }

  /** Documents imported before cross-checking existed: no fingerprint yet. */
  documentsNotIndexed(): number[] {
    const rows = this.db
      .prepare(
        `SELECT id FROM documents
         WHERE id NOT IN (SELECT document_id FROM document_fingerprints) ORDER BY id`,
      )
      .all() as { id: number }[];
    return rows.map((row) => row.id);
  }

  /** In how many passages each (accent-folded, lowercase) word occurs. */
  passageFrequencies(terms: readonly string[]): Map<string, number> {
    if (terms.length === 0) return new Map();
    const rows = this.db
      .prepare(`SELECT term, doc FROM passages_vocab WHERE term IN (${placeholders(terms.length)})`)
      .all(...terms) as { term: string; doc: number }[];
    return new Map(rows.map((row) => [row.term, row.doc]));
  }

  /**
   * The next words of the full-text vocabulary after `after` and before `before` (null: no
   * bound), in order, with passage counts.
   */
  vocabularyBetween(
    after: string,
    before: string | null,
    limit: number,
  ): { term: string; doc: number }[] {
    const rows =
      before === null
        ? this.db
            .prepare('SELECT term, doc FROM passages_vocab WHERE term > ? LIMIT ?')
            .all(after, limit)
        : this.db
            .prepare('SELECT term, doc FROM passages_vocab WHERE term > ? AND term < ? LIMIT ?')
            .all(after, before, limit);
    return rows as { term: string; doc: number }[];
  }
}

/** Passages by id with their documents' display fields, in no particular order. */
export function passagesByIds(db: DatabaseSync, ids: readonly number[]): RankedPassage[] {
  if (ids.length === 0) return [];
  return db
    .prepare(
      `SELECT ${passageColumns}, 0 AS rank FROM passages p JOIN documents d ON d.id = p.document_id
       WHERE p.id IN (${placeholders(ids.length)})`,
    )
    .all(...ids) as unknown as RankedPassage[];
}
