import type { TimelineEvent } from '../../../../shared/timeline';
import {
  dateFormat,
  formatDayRange,
  formatPublished,
  formatPublishedShort,
} from '../../lib/format';
import { strings } from '../../lib/strings';

const formats: Record<string, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { dateStyle: 'medium', timeZone: 'UTC' },
  time: { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' },
};

// ISO date-only forms ("2024", "2024-10", "2024-10-28") parse as UTC midnight; times get a Z.
const format = (iso: string, precision: string) =>
  dateFormat(formats[precision]!).format(new Date(precision === 'time' ? `${iso}:00Z` : iso));

/** An event's date for people: "28 Oct 2024", "October 2024", "27–28 Oct 2024". */
export function formatEventDate(event: Pick<TimelineEvent, 'date' | 'precision'>): string {
  if (!event.date || !event.precision) return '—';
  if (event.precision === 'span') {
    const [from, to] = event.date.split('/');
    return dateFormat(formats.day!).formatRange(new Date(from!), new Date(to!));
  }
  return format(event.date, event.precision);
}

/**
 * When an event was reported, worded as every other view words its article's publish date: an
 * estimate never reads as a plain day ("Oct 11, 2024 or later · estimated"). `short` leaves out
 * the word "estimated", for a chip's label (the chip's screen-reader date and tooltip keep it).
 */
export function reportedDate(event: TimelineEvent, { short = false } = {}): string {
  return (short ? formatPublishedShort(event) : formatPublished(event)) ?? '—';
}

/** The first and last days (ISO) of one placed event, by when it happened or was reported. */
function daysOf(event: TimelineEvent, mode: 'happened' | 'reported'): [string, string] | null {
  if (mode === 'reported') {
    const day = event.publishedAt?.slice(0, 10);
    return day ? [day, day] : null;
  }
  return event.start && event.end ? [event.start.slice(0, 10), event.end.slice(0, 10)] : null;
}

const lastDayOfMonth = (iso: string) =>
  new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0)).getUTCDate();

/**
 * A run of days as coarse as it is exact: whole years ("2022 – 2024"), whole months ("June –
 * August 2024"), else days ("Nov 9 – 13, 2024").
 */
function daysWords(first: string, last: string): string {
  const [from, to] = [new Date(first), new Date(last)];
  const wholeMonths = first.endsWith('-01') && Number(last.slice(8, 10)) === lastDayOfMonth(last);
  if (wholeMonths && first.slice(5) === '01-01' && last.slice(5) === '12-31') {
    return dateFormat(formats.year!).formatRange(from, to);
  }
  if (wholeMonths) return dateFormat(formats.month!).formatRange(from, to);
  return formatDayRange(first, last);
}

/**
 * The date of a timeline chip (its screen-reader name, its details' heading), covering every
 * event in it: the date they share, else the days from the earliest to the latest ("Nov 9 – 13,
 * 2024") — the first event's date alone would say all eight events fell on its day. By report,
 * each publish date reads as every view words it, and a range that rests on estimates says so.
 */
export function clusterDate(
  events: readonly TimelineEvent[],
  mode: 'happened' | 'reported',
  { short = false } = {},
): string {
  const words = new Set(
    events.map((event) =>
      mode === 'reported' ? reportedDate(event, { short }) : formatEventDate(event),
    ),
  );
  if (words.size === 1) return [...words][0]!;
  const days = events.flatMap((event) => {
    const placed = daysOf(event, mode);
    return placed ? [placed] : [];
  });
  if (days.length === 0) return [...words][0]!;
  const first = days.map(([start]) => start).sort()[0]!;
  const last = days
    .map(([, end]) => end)
    .sort()
    .at(-1)!;
  const span = daysWords(first, last);
  if (mode !== 'reported') return span;
  const estimated = events.filter((event) => event.publishedBasis === 'estimated').length;
  if (estimated === 0) return span;
  const basis =
    estimated === events.length ? strings.attribution.estimated : strings.timeline.partlyEstimated;
  return `${span} · ${basis}`;
}
