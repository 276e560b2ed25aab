import type { DateBasis, DatePrecision } from './attribution';

/**
 * What a view needs to word a document's publish date honestly: the date, how it is known and,
 * for an estimate, the range of days it can be. The range fields are optional so an item made
 * before they were carried (a citation saved in an older note) still reads, as a plain estimate.
 */
export interface PublishedDate {
  publishedAt: string | null;
  publishedBasis?: DateBasis | null;
  publishedPrecision?: DatePrecision | null;
  /** The earliest and latest days the publish date can be. */
  publishedEarliest?: string | null;
  publishedLatest?: string | null;
}

/** The range fields alone, as list, search and citation items carry them. */
export type PublishedRange = Pick<
  PublishedDate,
  'publishedPrecision' | 'publishedEarliest' | 'publishedLatest'
>;

/** Past this many days between an estimate's day and its latest, the day is only a bound. */
export const OPEN_ENDED_DAYS = 31;

const DAY_MS = 86_400_000;

/**
 * Whether a publish date is an open-ended estimate: the import only knows the article is not
 * older than its day (the latest past date it reports), the range running from that day to the
 * file's own time, or with no end. Such a date reads "12 Nov 2024 or later", never "≈ 12 Nov
 * 2024": it is a bound, not a likely day. A stated, metadata or user date, a single day, a
 * month, or a range that closes within OPEN_ENDED_DAYS of its day is not open-ended.
 */
export function isOpenEndedEstimate(date: PublishedDate): boolean {
  const { publishedAt, publishedBasis, publishedPrecision, publishedEarliest, publishedLatest } =
    date;
  if (publishedBasis !== 'estimated' || publishedPrecision !== 'range') return false;
  if (!publishedAt || !publishedEarliest || publishedEarliest !== publishedAt.slice(0, 10)) {
    return false;
  }
  if (!publishedLatest) return true;
  const span = Date.parse(publishedLatest) - Date.parse(publishedEarliest);
  return !Number.isNaN(span) && span > OPEN_ENDED_DAYS * DAY_MS;
}

/**
 * Whether a publish date is an estimate known only as a closed range of days (the earliest and
 * latest differ, the range is not open-ended): such a date reads as its range ("Nov 7 – 13,
 * 2024"), the words the evidence gives, never as one day of it.
 */
export function isClosedRangeEstimate(date: PublishedDate): boolean {
  const { publishedAt, publishedBasis, publishedPrecision, publishedEarliest, publishedLatest } =
    date;
  if (publishedBasis !== 'estimated' || publishedPrecision !== 'range' || !publishedAt) {
    return false;
  }
  if (!publishedEarliest || !publishedLatest || publishedEarliest >= publishedLatest) return false;
  return !isOpenEndedEstimate(date);
}

/** The range fields of a date, for an item that carries them to the renderer. */
export function publishedRangeOf(date: PublishedRange): Required<PublishedRange> {
  return {
    publishedPrecision: date.publishedPrecision ?? null,
    publishedEarliest: date.publishedEarliest ?? null,
    publishedLatest: date.publishedLatest ?? null,
  };
}
