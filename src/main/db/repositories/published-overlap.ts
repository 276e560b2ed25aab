/**
 * Date filters (search From/To, the library's Year) keep a document whose publish date may fall
 * in the filter's days, not only one whose best guess does: an estimate "Oct 28, 2024 or later"
 * belongs under "From Nov 1", a closed range "Nov 7 – 13" under "To Nov 10", a stated month
 * under each of its days. A document is kept when its day is in the filter, or when its date is
 * a range (an estimate's, a month) whose earliest and latest days overlap the filter. A bound
 * the import left empty is no bound (an "or later" estimate without the file's time runs on):
 * such a document may belong to any day on that side. The range runs to the bound as stored,
 * never further.
 *
 * Why two conditions rather than one on the bounds: every dated document has a day in
 * `published_at`, which the library's sort indexes hold, and only ranged documents (few: most
 * dates are one day) need their bounds read. Those are found through the partial index of
 * migration 15, whose condition is RANGED word for word (SQLite uses a partial index only when
 * the query repeats its condition).
 */
export const RANGED = `d.published_precision IN ('range', 'month')`;

/** The bounds of a ranged document: NULL is no bound on that side. */
const notAfter = (to: string) => ({
  sql: '(d.published_earliest IS NULL OR d.published_earliest <= ?)',
  params: [to],
});
const notBefore = (from: string) => ({
  sql: '(d.published_latest IS NULL OR d.published_latest >= ?)',
  params: [from],
});

/**
 * Kept when the document may have been published on or after `from` (a day, YYYY-MM-DD): for
 * a row already read (a search hit joined to its document), checked on the row itself.
 */
export function publishedFrom(from: string): { sql: string; params: string[] } {
  const bound = notBefore(from);
  return {
    sql: `(d.published_at >= ? OR (${RANGED} AND ${bound.sql}))`,
    params: [from, ...bound.params],
  };
}

/**
 * Kept when the document may have been published on or before `to` (a day, or a day with a
 * time to include all of it). Only a dated document passes: an undated one has no range.
 */
export function publishedTo(to: string): { sql: string; params: string[] } {
  const bound = notAfter(to);
  return {
    sql: `(d.published_at <= ? OR (d.published_at IS NOT NULL AND ${RANGED} AND ${bound.sql}))`,
    params: [to, ...bound.params],
  };
}

/**
 * Kept when the document may have been published in [start, end) (days): for a query reading
 * a sort index, which holds the day but not the bounds, the ranged documents are looked up
 * once in their partial index (`documents_ranged`) rather than row by row in the table.
 */
export function publishedWithin(start: string, end: string): { sql: string; params: string[] } {
  return {
    sql: `(d.published_at IS NULL) = 0 AND (d.published_at >= ? AND d.published_at < ?
      OR d.id IN (SELECT d.id FROM documents d INDEXED BY documents_ranged
        WHERE ${RANGED} AND (d.published_earliest IS NULL OR d.published_earliest < ?)
          AND ${notBefore(start).sql}))`,
    params: [start, end, end, start],
  };
}
