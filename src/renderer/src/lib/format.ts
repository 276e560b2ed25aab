import {
  isClosedRangeEstimate,
  isOpenEndedEstimate,
  type PublishedDate,
} from '../../../shared/published-range';
import { currentLocale } from './i18n/locale';
import { strings } from './strings';

// Every date and number the renderer shows goes through here, in the interface language:
// "28 oct. 2024" / "Oct 28, 2024", "10 000" / "10,000".

const formatters = new Map<string, Intl.DateTimeFormat>();

/** An `Intl.DateTimeFormat` for the interface language, built once per locale and options. */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = currentLocale();
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A formatted date's parts joined, with the first of a month written as French writes it, an
 * ordinal: « 1er nov. 2024 », « le 1er novembre », never « le 1 nov. » (Intl gives the bare
 * number). Other days and English are as Intl gives them.
 */
function joinDateParts(parts: Intl.DateTimeFormatPart[]): string {
  const ordinalFirst = currentLocale() === 'fr';
  return parts
    .map((part) => (ordinalFirst && part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/** Formats an ISO date (or partial date) for display in the interface language. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const precision: Intl.DateTimeFormatOptions =
    iso.length <= 4
      ? { year: 'numeric' }
      : iso.length <= 7
        ? { year: 'numeric', month: 'long' }
        : { dateStyle: 'medium' };
  // A day, month or year without a time ("2024-11-07") is parsed as midnight UTC: shown at UTC,
  // it stays that day west of Greenwich too (in Montréal it read "Nov 6", the export "7").
  const calendar = iso.includes('T') ? {} : utc;
  return joinDateParts(dateFormat({ ...precision, ...calendar }).formatToParts(date));
}

const utc = { timeZone: 'UTC' } as const;

/**
 * A range of days as one phrase in the interface language ("Nov 7 – 13, 2024", "7–13 nov.
 * 2024"), read the same way as `formatDate` reads each day.
 */
export function formatDayRange(earliest: string, latest: string): string {
  const [from, to] = [new Date(earliest.slice(0, 10)), new Date(latest.slice(0, 10))];
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return `${earliest} – ${latest}`;
  return joinDateParts(dateFormat({ dateStyle: 'medium', ...utc }).formatRangeToParts(from, to));
}

/** A weekday's name in the interface language (Sunday = 0): "Wednesday", "mercredi". */
export function formatWeekday(weekday: number): string {
  // 7 January 2024 was a Sunday.
  return dateFormat({ weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + weekday));
}

/** A count or measure in the interface language ("10 000" in French). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLocale()).format(value);
}

/** A share (0–1) as a whole percentage in the interface language ("35 %" in French). */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(currentLocale(), { style: 'percent' }).format(share);
}

/**
 * A label for a timeline axis tick (a UTC instant), as precise as the tick needs: a year on
 * 1 January, a month on the 1st, a day at midnight, a time otherwise — d3's own multi-scale
 * rule, worded by `Intl` instead of d3's English month names.
 */
export function axisLabel(tick: Date): string {
  if (tick.getUTCHours() !== 0 || tick.getUTCMinutes() !== 0)
    return dateFormat({ ...utc, timeStyle: 'short' }).format(tick);
  if (tick.getUTCDate() !== 1)
    return dateFormat({ ...utc, day: 'numeric', month: 'short' }).format(tick);
  if (tick.getUTCMonth() !== 0) return dateFormat({ ...utc, month: 'long' }).format(tick);
  return dateFormat({ ...utc, year: 'numeric' }).format(tick);
}

/**
 * A publish date without the word "estimated", as a view short of room shows it (the word then
 * goes in its tooltip and for screen readers): an open-ended estimate as "Nov 12, 2024 or later",
 * an estimate known as a closed range as that range ("Nov 7 – 13, 2024", the words its evidence
 * list gives), another estimate as "≈ Oct 28, 2024", a stated month as the month ("November
 * 2024"), any other date as the day.
 */
export function formatPublishedShort(date: PublishedDate): string | null {
  const day = formatDate(date.publishedAt);
  if (!day) return null;
  if (isOpenEndedEstimate(date)) return strings.attribution.orLater(day);
  if (isClosedRangeEstimate(date)) {
    return formatDayRange(date.publishedEarliest!, date.publishedLatest!);
  }
  // A page that states only its month ("novembre 2024") is stored at a day of that month so it
  // sorts and places; shown as that day it would claim a precision the source never gave.
  if (date.publishedPrecision === 'month' && date.publishedBasis !== 'estimated')
    return formatDate(date.publishedAt!.slice(0, 7));
  return date.publishedBasis === 'estimated' ? strings.attribution.approximately(day) : day;
}

/**
 * A publish date as every view shows it, never an estimate as a fact: "Nov 12, 2024 or later ·
 * estimated" when the import only knows the article is not older than that day, "Nov 7 – 13,
 * 2024 · estimated" when it knows a closed range, "≈ Oct 28, 2024 · estimated" for another
 * estimate, the day alone for a stated date.
 */
export function formatPublished(date: PublishedDate): string | null {
  const short = formatPublishedShort(date);
  if (!short) return null;
  return date.publishedBasis === 'estimated'
    ? `${short} · ${strings.attribution.estimated}`
    : short;
}

/** A publish date as the source gave it: with its time (and zone) when it has one. */
export function formatMoment(iso: string | null | undefined): string | null {
  const time = iso?.match(/T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/);
  if (!iso || !time) return formatDate(iso);
  const zone = time[2] ? ` (UTC${time[2] === 'Z' ? '' : time[2]})` : '';
  return `${formatDate(iso.slice(0, 10))}, ${time[1]}${zone}`;
}

/** A moment (a backup's, a log entry's) with its day and time, in the interface language. */
export function formatDateTime(iso: string | number | Date): string {
  return dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A size in megabytes with one decimal ("12.3 MB", "12,3 Mo"), so a small file is not 0. */
export function formatMegabytes(bytes: number): string {
  return new Intl.NumberFormat(currentLocale(), {
    style: 'unit',
    unit: 'megabyte',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(bytes / (1024 * 1024));
}
