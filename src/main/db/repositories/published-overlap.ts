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

/**
 * The bounds of a ranged document, as the partial index holds them: an empty bound (no bound
 * on that side) reads '' as the earliest and '~' as the latest, before and after every day.
 */
const EARLIEST = `coalesce(d.published_earliest, '')`;
const LATEST = `coalesce(d.published_latest, '~')`;
const notAfter = (to: string) => ({ sql: `${EARLIEST} <= ?`, params: [to] });
const notBefore = (from: string) => ({ sql: `${LATEST} >= ?`, params: [from] });

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
 * in their partial index (`documents_ranged`) rather than row by row in the table.
 *
 * The days of the documents kept lie between the filter's and those of the ranged documents
 * that overlap it (read from the same small index): that span bounds `published_at` too, so
 * SQLite still seeks the sort index to the year rather than walking every newer document.
 * It is a superset; the last condition decides.
 */
export function publishedWithin(start: string, end: string): { sql: string; params: string[] } {
  const overlapping = `FROM documents d INDEXED BY documents_ranged
        WHERE ${RANGED} AND ${EARLIEST} < ? AND ${LATEST} >= ?`;
  return {
    sql: `(d.published_at IS NULL) = 0
      AND d.published_at >= min(?, coalesce((SELECT min(d.published_at) ${overlapping}), ?))
      AND d.published_at <= max(?, coalesce((SELECT max(d.published_at) ${overlapping}), ?))
      AND (d.published_at >= ? AND d.published_at < ? OR d.id IN (SELECT d.id ${overlapping}))`,
    params: [start, end, start, start, end, start, end, end, start, end, end, start],
  };
}
