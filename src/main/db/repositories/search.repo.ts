import type { DateBasis } from '../../../shared/attribution';
import type { PublishedRange } from '../../../shared/published-range';
import type { DatabaseSync } from 'node:sqlite';
import { prepared } from '../prepared';
import { publishedRangeColumns } from './documents.repo';
import { publishedFrom, publishedTo } from './published-overlap';

/** Filters applied to passage search, on the passage's document. */
export interface PassageFilters {
  outlet?: string;
  language?: string;
  documentId?: number;
  from?: string;
  to?: string;
}

/** A passage found by one ranking, with its document's display fields. */
export interface RankedPassage extends Required<PublishedRange> {
  passageId: number;
  documentId: number;
  ordinal: number;
  text: string;
  documentTitle: string;
  outlet: string | null;
  publishedAt: string | null;
  publishedBasis: DateBasis | null;
  /** The document's language code, when known. */
  language: string | null;
  /** BM25 (lower is better) or cosine distance (lower is better). */
  rank: number;
  /** FTS snippet with U+E000/U+E001 around matches, when the ranking is full-text. */
  snippet?: string;
}

/**
 * Most matching passages BM25 ranks for one query: FTS5 scores a match in 3–6 µs, so a common
 * word stays within the search budget however large the corpus grows.
 */
export const BM25_WINDOW = 5_000;

/** Private-use characters that mark matches in FTS snippets; they cannot occur in imported text. */
export const MATCH_OPEN = '\uE000';
export const MATCH_CLOSE = '\uE001';

/** The columns every passage hit selects (passages p joined with documents d). */
export const passageColumns = `p.id AS passageId, p.document_id AS documentId, p.ordinal, p.text,
  d.title AS documentTitle, d.outlet, d.published_at AS publishedAt,
  d.published_basis AS publishedBasis, ${publishedRangeColumns}, d.language`;

function filterClause(filters: PassageFilters): { sql: string; values: (string | number)[] } {
  const parts: string[] = [];
  const values: (string | number)[] = [];
  const add = (condition: string, value: string | number | undefined) => {
    if (value === undefined || value === '') return;
    parts.push(condition);
    values.push(value);
  };
  add('d.outlet = ?', filters.outlet);
  add('d.language = ?', filters.language);
  add('d.id = ?', filters.documentId);
  // A document whose date may fall in the days asked is kept, an estimate's range included.
  for (const range of [
    filters.from ? publishedFrom(filters.from) : null,
    filters.to ? publishedTo(filters.to) : null,
  ]) {
    if (!range) continue;
    parts.push(range.sql);
    values.push(...range.params);
  }
  return { sql: parts.map((part) => ` AND ${part}`).join(''), values };
}

/** Full-text and vector queries over passages. */
export class SearchRepository {
  constructor(
    private readonly db: DatabaseSync,
    private readonly bm25Window = BM25_WINDOW,
  ) {}

  /** The highest passage id: it changes whenever passages are added. */
  lastPassageId(): number {
    const row = prepared(this.db, 'SELECT max(id) AS id FROM passages').get() as {
      id: number | null;
    };
    return row.id ?? 0;
  }

  /** Indexed words from `from` (inclusive) to `to` (exclusive) in order, with passage counts. */
  vocabulary(from: string, to: string, limit: number): { term: string; doc: number }[] {
    return prepared(
      this.db,
      'SELECT term, doc FROM passages_vocab WHERE term >= ? AND term < ? LIMIT ?',
    ).all(from, to, limit) as { term: string; doc: number }[];
  }

  /**
   * BM25-ranked passages for an FTS5 MATCH expression. FTS5 scores every matching row before
   * it sorts (a word in half of a million passages takes about a second), so when more than
   * the window's size match, only the newest of them are ranked; a filtered
   * search that finds too few there ranks them all.
   */
  fullText(match: string, filters: PassageFilters, limit: number): RankedPassage[] {
    const floor = this.windowFloor(match);
    let found = this.ranked(match, filters, limit, floor);
    const filtered = Object.values(filters).some((value) => value !== undefined);
    if (floor !== undefined && filtered && found.length < limit) {
      found = this.ranked(match, filters, limit, undefined);
    }
    return found;
  }

  /** The lowest rowid among the newest window-size matches, if there are that many. */
  private windowFloor(match: string): number | undefined {
    // Without ORDER BY rank, FTS5 walks the doclist in rowid order and stops at the offset.
    const row = prepared(
      this.db,
      'SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?',
    ).get(match, this.bm25Window - 1) as { rowid: number } | undefined;
    return row?.rowid;
  }

  private ranked(
    match: string,
    filters: PassageFilters,
    limit: number,
    floor: number | undefined,
  ): RankedPassage[] {
    const filter = filterClause(filters);
    const window = floor === undefined ? '' : ' AND passages_fts.rowid >= ?';
    const values = floor === undefined ? [] : [floor];
    // Ranked on the full-text table alone, then joined for the few kept: joining every match
    // to its passage and document first doubled the cost. Filters need the join to rank.
    const joins = filter.sql
      ? ' JOIN passages p ON p.id = passages_fts.rowid JOIN documents d ON d.id = p.document_id'
      : '';
    return prepared(
      this.db,
      `WITH top AS (
         SELECT passages_fts.rowid AS id, bm25(passages_fts) AS rank FROM passages_fts${joins}
         WHERE passages_fts MATCH ?${window}${filter.sql}
         ORDER BY rank LIMIT ?
       )
       SELECT ${passageColumns}, top.rank
       FROM top JOIN passages p ON p.id = top.id JOIN documents d ON d.id = p.document_id
       ORDER BY top.rank`,
    ).all(match, ...values, ...filter.values, limit) as unknown as RankedPassage[];
  }

  /**
   * Some passages with their documents' fields, in no particular order, keeping those that
   * pass the filters and are not in the excluded document: candidates from the vector index.
   */
  passagesIn(
    passageIds: readonly number[],
    filters: PassageFilters,
    excludeDocumentId?: number,
  ): Omit<RankedPassage, 'rank'>[] {
    if (passageIds.length === 0) return [];
    const filter = filterClause(filters);
    const exclude = excludeDocumentId === undefined ? '' : ' AND p.document_id != ?';
    const values = excludeDocumentId === undefined ? [] : [excludeDocumentId];
    // Prepared once per filter combination: this runs on every vector search.
    return prepared(
      this.db,
      `SELECT ${passageColumns}
       FROM passages p JOIN documents d ON d.id = p.document_id
       WHERE p.id IN (SELECT value FROM json_each(?))${exclude}${filter.sql}`,
    ).all(JSON.stringify(passageIds), ...values, ...filter.values) as unknown as Omit<
      RankedPassage,
      'rank'
    >[];
  }

  /**
   * Nearest passages to a vector by cosine distance, optionally outside one document.
   * KNN runs first on the vec0 table; document filters other than the excluded id are applied
   * afterwards, so callers ask for more candidates than they show.
   */
  nearest(
    vector: Float32Array,
    k: number,
    filters: PassageFilters,
    excludeDocumentId?: number,
  ): RankedPassage[] {
    const filter = filterClause(filters);
    const exclude = excludeDocumentId === undefined ? '' : ' AND document_id != ?';
    const knnValues: (Float32Array | number | bigint)[] = [vector, k];
    if (excludeDocumentId !== undefined) knnValues.push(BigInt(excludeDocumentId));
    return this.db
      .prepare(
        `WITH knn AS (
           SELECT rowid, distance FROM passage_vectors
           WHERE embedding MATCH ? AND k = ?${exclude}
         )
         SELECT ${passageColumns}, knn.distance AS rank
         FROM knn
         JOIN passages p ON p.id = knn.rowid
         JOIN documents d ON d.id = p.document_id
         WHERE 1 = 1${filter.sql}
         ORDER BY knn.distance`,
      )
      .all(...knnValues, ...filter.values) as unknown as RankedPassage[];
  }
}
