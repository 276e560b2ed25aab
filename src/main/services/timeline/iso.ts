import type { EventPrecision } from '../../../shared/timeline';
import { isoDay } from './resolve';

/** A date the user typed, with its sortable bounds and precision. */
export interface ParsedDate {
  date: string;
  start: string;
  end: string;
  precision: EventPrecision;
}

const lastDayOfMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

function valid(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

/**
 * Reads the ISO forms the timeline stores (`2024`, `2024-10`, `2024-10-28`,
 * `2024-10-28T07:45`, `2024-10-27/2024-10-28`); null when the text is none of them.
 */
export function parseIsoDate(text: string): ParsedDate | null {
  const value = text.trim();
  const range = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (range) {
    const from = parseIsoDate(range[1]!);
    const to = parseIsoDate(range[2]!);
    if (!from || !to || from.start > to.start) return null;
    return { date: value, start: from.start, end: to.end, precision: 'span' };
  }
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/.exec(value);
  if (!match) return null;
  const [, y, m, d, hh, mm] = match;
  const year = Number(y);
  if (!m)
    return { date: value, start: `${y}-01-01T00:00`, end: `${y}-12-31T23:59`, precision: 'year' };
  const month = Number(m);
  if (!valid(year, month, d ? Number(d) : 1)) return null;
  if (!d) {
    const last = isoDay(new Date(Date.UTC(year, month - 1, lastDayOfMonth(year, month))));
    return { date: value, start: `${y}-${m}-01T00:00`, end: `${last}T23:59`, precision: 'month' };
  }
  if (!hh) return { date: value, start: `${value}T00:00`, end: `${value}T23:59`, precision: 'day' };
  if (Number(hh) > 23 || Number(mm) > 59) return null;
  return { date: value, start: value, end: value, precision: 'time' };
}
