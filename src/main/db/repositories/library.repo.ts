import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type {
  LibraryFacets,
  LibraryPage,
  LibraryQuery,
  LibraryRow,
  LibrarySort,
} from '../../../shared/library';
import { sortKey } from '../migrations/009-library-order';
import { prepared } from '../prepared';
import { summaryColumns, toSummary, type DocumentRow } from './documents.repo';
import { publishedWithin, RANGED } from './published-overlap';

/**
 * Each order with the index of migration 9 that holds it column for column (expressions
 * included). Pages name their index: without statistics SQLite guesses ten rows per outlet or
 * year and would seek a filter's index, then sort every match (ten thousand at 100k
 * documents); reading the sort's index in order, with the filtered columns in it, costs at
 * most one pass over a small index and usually stops after the page.
 */
export const orders: Record<Exclude<LibrarySort, 'highlights'>, { by: string; index: string }> = {
  newest: {
    by: '(d.published_at IS NULL), d.published_at DESC, d.id DESC',
    index: 'documents_newest',
  },
  oldest: { by: '(d.published_at IS NULL), d.published_at, d.id', index: 'documents_oldest' },
  title: { by: `${sortKey('d.title')}, d.id`, index: 'documents_title' },
  outlet: {
    by: `(d.outlet IS NULL), ${sortKey('d.outlet')}, (d.published_at IS NULL), d.published_at DESC, d.id DESC`,
    index: 'documents_by_outlet',
  },
};

const undatedLast = '(d.published_at IS NULL), ';

/** The ids of the documents that pass the query's filters, in this order. */
export function orderedSql(
  order: (typeof orders)[keyof typeof orders],
  query: LibraryQuery,
  where: string,
): string {
  return `SELECT d.id FROM documents d INDEXED BY ${order.index} WHERE ${where} ORDER BY ${orderBy(order, query)}`;
}

/** The ORDER BY terms of an order for this query. */
function orderBy(order: (typeof orders)[keyof typeof orders], query: LibraryQuery): string {
  // With a year every row is dated: SQLite sees that the index's leading expression is then
  // constant only if the ORDER BY leaves it out (otherwise it sorts the year's rows).
  const constant = query.year !== undefined && order.by.startsWith(undatedLast);
  return constant ? order.by.slice(undatedLast.length) : order.by;
}

const hasHighlights = 'EXISTS (SELECT 1 FROM highlights h WHERE h.document_id = d.id)';

/** Most distinct values listed for one facet (outlets, languages, years). */
const FACET_LIMIT = 2000;

/** The WHERE clause (always starting with a condition) and its parameters for the filters. */
export function filterClause(query: LibraryQuery): { where: string; params: SQLInputValue[] } {
  const conditions = ['1'];
  const params: SQLInputValue[] = [];
  if (query.outlet !== undefined) {
    conditions.push('d.outlet = ?');
    params.push(query.outlet);
  }
  if (query.language !== undefined) {
    conditions.push('d.language = ?');
    params.push(query.language);
  }
  if (query.year !== undefined) {
    // Written against the date indexes' leading expression: a year is a range of those, plus
    // the documents whose date is a range reaching into the year (an estimate spanning New
    // Year's Day is under both years), found in their own small index.
    const within = publishedWithin(query.year, String(Number(query.year) + 1).padStart(4, '0'));
    conditions.push(within.sql);
    params.push(...within.params);
  }
  if (query.tag !== undefined) {
    conditions.push(
      'd.id IN (SELECT h.document_id FROM highlights h, json_each(h.tags) t WHERE t.value = ?)',
    );
    params.push(query.tag);
  }
  if (query.text !== undefined) {
    // Folded like the title index's key, so the title order's index answers without the rows.
    const words = sortKey('?');
    conditions.push(
      `(instr(${sortKey('d.title')}, ${words}) > 0 OR instr(${sortKey("coalesce(d.outlet, '')")}, ${words}) > 0)`,
    );
    params.push(query.text, query.text);
  }
  if (query.excludeId !== undefined) {
    conditions.push('d.id != ?');
    params.push(query.excludeId);
  }
  return { where: conditions.join(' AND '), params };
}

/** Pages, positions and filter values of the library, sorted and filtered in SQL. */
export class LibraryRepository {
  constructor(private readonly db: DatabaseSync) {}

  /** The documents from `offset` in the query's order, and how many pass its filters. */
  page(query: LibraryQuery, offset: number, limit: number): LibraryPage {
    const ids =
      query.sort === 'highlights'
        ? this.highlightedFirst(query, offset, limit)
        : this.orderedIds(query, orders[query.sort], offset, limit);
    return { total: this.total(query), offset, documents: this.rows(ids) };
  }

  /** The index of a document in the query's order, or null when the filters leave it out. */
  position(query: LibraryQuery, id: number): number | null {
    const { where, params } = filterClause(query);
    if (query.sort !== 'highlights') {
      // Numbered in index order by SQLite (about 30 ms at 100,000 documents), no rows read.
      const numbered = orderedSql(orders[query.sort], query, where).replace(
        'SELECT d.id FROM',
        `SELECT d.id, row_number() OVER (ORDER BY ${orderBy(orders[query.sort], query)}) - 1 AS n FROM`,
      );
      const row = prepared(this.db, `SELECT n FROM (${numbered}) WHERE id = ?`).get(
        ...params,
        id,
      ) as { n: number } | undefined;
      return row?.n ?? null;
    }
    let index = 0;
    for (const ordered of this.highlightOrderIds(query, where, params)) {
      for (const row of ordered) {
        if ((row as { id: number }).id === id) return index;
        index++;
      }
    }
    return null;
  }

  /** Values for the filters, each read by seeking through an index rather than a scan. */
  facets(): LibraryFacets {
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    const years = this.distinct(
      'SELECT substr(published_at, 1, 4) AS value FROM documents WHERE published_at >= ? ORDER BY published_at LIMIT 1',
      // A date that does not start with a year is stepped over whole.
      (year) =>
        /^\d{4}$/.test(year) ? String(Number(year) + 1).padStart(4, '0') : `${year}\uffff`,
    ).filter((year) => /^\d{4}$/.test(year));
    for (const year of this.rangedYears()) if (!years.includes(year)) years.push(year);
    years.sort();
    return {
      documents: (prepared(this.db, 'SELECT count(*) AS n FROM documents').get() as { n: number })
        .n,
      outlets: this.distinct(
        'SELECT outlet AS value FROM documents WHERE outlet > ? ORDER BY outlet LIMIT 1',
      ).sort(collator.compare),
      unknownOutlet: Boolean(
        prepared(this.db, 'SELECT 1 AS found FROM documents WHERE outlet IS NULL LIMIT 1').get(),
      ),
      languages: this.distinct(
        'SELECT language AS value FROM documents WHERE language > ? ORDER BY language LIMIT 1',
      ),
      years: years.reverse(),
      tags: (
        prepared(
          this.db,
          `SELECT DISTINCT t.value AS tag FROM highlights h, json_each(h.tags) t
             WHERE h.document_id IS NOT NULL ORDER BY 1`,
        ).all() as { tag: string }[]
      )
        .map((row) => row.tag)
        .sort(collator.compare),
      withoutOutlet: prepared(
        this.db,
        'SELECT id, title FROM documents WHERE outlet IS NULL ORDER BY id DESC LIMIT 200',
      ).all() as { id: number; title: string }[],
    };
  }

  /**
   * The years a ranged date reaches beyond its own day's year (an estimate from Dec 20 to
   * Jan 10): the Year filter lists them too, as it keeps the document under each. Read from the
   * partial index of ranged dates alone; a side without a bound adds no year (the document is
   * under every listed year on that side already).
   */
  private rangedYears(): string[] {
    // Written with the index's expressions (an empty bound reads '' or '~'), so SQLite reads
    // the small index alone.
    const spans = prepared(
      this.db,
      `SELECT DISTINCT substr(coalesce(d.published_earliest, ''), 1, 4) AS first,
         substr(coalesce(d.published_latest, '~'), 1, 4) AS last,
         substr(d.published_at, 1, 4) AS day
       FROM documents d INDEXED BY documents_ranged
       WHERE ${RANGED} AND d.published_at IS NOT NULL
         AND substr(coalesce(d.published_earliest, ''), 1, 4)
           <> substr(coalesce(d.published_latest, '~'), 1, 4)`,
    ).all() as { first: string; last: string; day: string }[];
    const years = new Set<string>();
    const isYear = (value: string) => /^\d{4}$/.test(value);
    for (const span of spans) {
      const first = isYear(span.first) ? span.first : span.day;
      const last = isYear(span.last) ? span.last : span.day;
      if (!isYear(first) || !isYear(last)) continue;
      // Bounded against a malformed bound; an estimate spans days or weeks, not decades.
      for (let year = Number(first); year <= Number(last) && year - Number(first) < 50; year++) {
        years.add(String(year).padStart(4, '0'));
      }
    }
    return [...years];
  }

  private total(query: LibraryQuery): number {
    const { where, params } = filterClause(query);
    const sql = `SELECT count(*) AS n FROM documents d WHERE ${where}`;
    return (prepared(this.db, sql).get(...params) as { n: number }).n;
  }

  private orderedIds(
    query: LibraryQuery,
    order: (typeof orders)[keyof typeof orders],
    offset: number,
    limit: number,
    extra = '',
  ): number[] {
    const { where, params } = filterClause(query);
    const sql = `${orderedSql(order, query, `${where}${extra}`)} LIMIT ? OFFSET ?`;
    const rows = prepared(this.db, sql).all(...params, limit, offset) as { id: number }[];
    return rows.map((row) => row.id);
  }

  /** Highlighted documents (few) by count, then the others newest first through the index. */
  private highlightedFirst(query: LibraryQuery, offset: number, limit: number): number[] {
    const { where, params } = filterClause(query);
    const highlighted = (
      prepared(this.db, this.highlightedSql(where)).all(...params) as { id: number }[]
    ).map((row) => row.id);
    const head = highlighted.slice(offset, offset + limit);
    if (head.length === limit) return head;
    const rest = this.orderedIds(
      query,
      orders.newest,
      Math.max(0, offset - highlighted.length),
      limit - head.length,
      ` AND NOT ${hasHighlights}`,
    );
    return [...head, ...rest];
  }

  private highlightedSql(where: string): string {
    return `SELECT d.id FROM documents d
        JOIN (SELECT document_id, count(*) AS n FROM highlights
              WHERE document_id IS NOT NULL GROUP BY document_id) counted
          ON counted.document_id = d.id
      WHERE ${where} ORDER BY counted.n DESC, ${orders.newest.by}`;
  }

  /** Iterators over every id in the highlights order: the highlighted, then the others. */
  private highlightOrderIds(query: LibraryQuery, where: string, params: SQLInputValue[]) {
    const select = (sql: string) => prepared(this.db, sql).iterate(...params);
    return [
      select(this.highlightedSql(where)),
      select(orderedSql(orders.newest, query, `${where} AND NOT ${hasHighlights}`)),
    ];
  }

  /** Summaries of these documents, in this order, with their highlight counts. */
  private rows(ids: number[]): LibraryRow[] {
    if (ids.length === 0) return [];
    const rows = prepared(
      this.db,
      `SELECT ${summaryColumns},
         (SELECT count(*) FROM highlights h WHERE h.document_id = d.id) AS highlights
       FROM documents d WHERE d.id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(ids)) as unknown as (DocumentRow & { highlights: number })[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ ...toSummary(row), highlights: row.highlights }] : [];
    });
  }

  /** Distinct values in index order: one index seek per value, however many rows share it. */
  private distinct(sql: string, after: (value: string) => string = (value) => value): string[] {
    const values: string[] = [];
    let bound = '';
    while (values.length < FACET_LIMIT) {
      const row = prepared(this.db, sql).get(bound) as { value: string | null } | undefined;
      if (!row || row.value === null) break;
      values.push(row.value);
      bound = after(row.value);
    }
    return values;
  }
}
