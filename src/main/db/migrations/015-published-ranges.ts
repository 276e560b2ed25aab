import type { Migration } from './index';

/**
 * Date filters keep a document whose publish date is a range (an estimate's, a stated month)
 * when the range overlaps the filter (see `published-overlap.ts`). This partial index holds
 * only those documents, with their bounds, so a filter reads them without reading the
 * documents' rows (large: text and original file), its day included for the Year filter's list.
 * Its condition is `RANGED` word for word; the precision is a column too, or SQLite reads each
 * row to check the condition it already implies. An empty bound is no bound: the bounds are
 * indexed as `published-overlap.ts` reads them ('' and '~' for none), so a filter seeks them.
 */
export const publishedRanges: Migration = {
  version: 15,
  name: 'documents whose publish date is a range',
  up(db) {
    db.exec(`
      CREATE INDEX documents_ranged ON documents(
        coalesce(published_earliest, ''), coalesce(published_latest, '~'), published_at,
        published_precision)
        WHERE published_precision IN ('range', 'month');
    `);
  },
};
