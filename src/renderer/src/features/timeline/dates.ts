import type { TimelineEvent } from '../../../../shared/timeline';
import { dateFormat } from '../../lib/format';

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

/** The date an item stands at: its first event's date, or its article's day when by report. */
export function itemDate(event: TimelineEvent, mode: 'happened' | 'reported'): string {
  return mode === 'reported' && event.publishedAt
    ? formatEventDate({ date: event.publishedAt.slice(0, 10), precision: 'day' })
    : formatEventDate(event);
}
