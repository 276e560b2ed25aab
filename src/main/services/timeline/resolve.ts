import { utcDay, utcMonday, utcMonth } from 'd3-time';
import type { EventPrecision, EventResolution } from '../../../shared/timeline';
import type { DateSpec, DayReference, Direction, Part, Season, TimeOfDay } from './spec';

/** The dates an expression can lean on. All are UTC midnights. */
export interface ResolveContext {
  /** The document's publish day, when known. */
  published: Date | null;
  /** The last day the text dated before this expression (for "la veille", a bare time). */
  previous: Date | null;
  /** The year the document's full dates most often state (for year-less dates when undated). */
  documentYear: number | null;
}

/** A resolved date: its ISO form, sortable bounds, precision and how it was found. */
export interface ResolvedDate {
  date: string;
  start: string;
  end: string;
  precision: EventPrecision;
  resolution: Exclude<EventResolution, 'user' | 'unresolved'>;
  /** The day a following "la veille" or bare time leans on, when the date is one day. */
  day: Date | null;
}

type Basis = ResolvedDate['resolution'];
const weight: Record<Basis, number> = { absolute: 0, relative: 1, inferred: 2 };
const worst = (...bases: Basis[]): Basis =>
  bases.reduce((a, b) => (weight[b] > weight[a] ? b : a), 'absolute');

const pad = (value: number) => String(value).padStart(2, '0');
/** `2024-10-28`. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const isoMonth = (date: Date) => date.toISOString().slice(0, 7);
const bound = (date: Date, time = '00:00') => `${isoDay(date)}T${time}`;
const endBound = (date: Date) => bound(date, '23:59');
const utc = (year: number, month: number, day = 1) => new Date(Date.UTC(year, month - 1, day));

/** Parses `2024-10-28…` into that day's UTC midnight, or null. */
export function dayOf(iso: string | null | undefined): Date | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return match ? utc(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/**
 * Chooses among candidate periods the one a news text most likely means: the one holding the
 * anchor, else the nearest, with the disfavoured side (the future for past-leaning text)
 * counted three times as far.
 */
function nearest<T extends { start: Date; end: Date }>(
  candidates: T[],
  anchor: Date,
  direction: Direction,
): T {
  const future = direction === 'future' || direction === 'next';
  // "dernier" and "prochain" rule out the period the anchor falls in.
  const strict = candidates.filter((candidate) =>
    direction === 'last'
      ? candidate.end < anchor
      : direction === 'next'
        ? candidate.start > anchor
        : true,
  );
  if (strict.length > 0) candidates = strict;
  const cost = (candidate: T) => {
    if (candidate.start <= anchor && anchor <= candidate.end) return 0;
    const ahead = candidate.start > anchor;
    const distance = ahead ? +candidate.start - +anchor : +anchor - +candidate.end;
    return ahead === future ? distance : distance * 3;
  };
  return candidates.reduce((best, candidate) => (cost(candidate) < cost(best) ? candidate : best));
}

function resolveDay(
  reference: DayReference,
  context: ResolveContext,
): { day: Date; basis: Basis } | null {
  const { published, previous } = context;
  if (reference.kind === 'offset') {
    const anchor = reference.from === 'previous' ? (previous ?? published) : published;
    if (!anchor) return null;
    const basis = reference.from === 'previous' && previous ? 'inferred' : 'relative';
    return { day: utcDay.offset(anchor, reference.days), basis };
  }
  if (reference.kind === 'weekday') {
    if (!published) return null;
    const today = published.getUTCDay();
    const back = (today - reference.weekday + 7) % 7;
    const ahead = (reference.weekday - today + 7) % 7;
    const days = {
      past: -back,
      last: -(back || 7),
      future: ahead,
      next: ahead || 7,
    }[reference.direction];
    return { day: utcDay.offset(published, days), basis: 'relative' };
  }
  if (reference.year !== undefined) {
    return { day: utc(reference.year, reference.month, reference.day), basis: 'absolute' };
  }
  return resolveYearlessDay(reference, context);
}

function resolveYearlessDay(
  reference: Extract<DayReference, { kind: 'date' }>,
  context: ResolveContext,
): { day: Date; basis: Basis } | null {
  const anchor = context.published ?? context.previous;
  const basis: Basis = context.published ? 'relative' : 'inferred';
  const around = anchor?.getUTCFullYear() ?? context.documentYear;
  if (around === null) return null;
  // Without an anchor the document's own year comes first, its neighbours only for a weekday.
  const years = [0, -1, 1].map((delta) => around + delta);
  let candidates = years.map((year) => {
    const day = utc(year, reference.month, reference.day);
    return { start: day, end: day };
  });
  // A weekday beside the date ("vendredi 14 février") tells the year when the anchor cannot.
  if (reference.weekday !== undefined) {
    const matching = candidates.filter((c) => c.start.getUTCDay() === reference.weekday);
    if (matching.length > 0) candidates = matching;
  }
  const chosen = anchor ? nearest(candidates, anchor, 'past') : candidates[0]!;
  return { day: chosen.start, basis };
}

const partDays: Record<Part, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };

function monthPeriod(year: number, month: number, part?: Part) {
  const first = utc(year, month);
  const last = utcDay.offset(utcMonth.offset(first, 1), -1);
  if (!part) return { start: first, end: last };
  const [from, to] = partDays[part];
  return {
    start: utc(year, month, from),
    end: to > last.getUTCDate() ? last : utc(year, month, to),
  };
}

const seasonStarts: Record<Season, [number, number, number, number]> = {
  spring: [3, 20, 6, 20],
  summer: [6, 21, 9, 22],
  autumn: [9, 23, 12, 20],
  winter: [12, 21, 3, 19],
};

function seasonPeriod(season: Season, year: number) {
  const [startMonth, startDay, endMonth, endDay] = seasonStarts[season];
  const endYear = season === 'winter' ? year + 1 : year;
  return { start: utc(year, startMonth, startDay), end: utc(endYear, endMonth, endDay) };
}

function withTime(day: Date, time: TimeOfDay | undefined, basis: Basis): ResolvedDate {
  if (!time) {
    return {
      date: isoDay(day),
      start: bound(day),
      end: endBound(day),
      precision: 'day',
      resolution: basis,
      day,
    };
  }
  const clock = `${pad(time.hour)}:${pad(time.minute)}`;
  const at = bound(day, clock);
  return { date: at, start: at, end: at, precision: 'time', resolution: basis, day };
}

function span(
  start: Date,
  end: Date,
  basis: Basis,
  precision: EventPrecision = 'span',
): ResolvedDate {
  const date =
    precision === 'month'
      ? isoMonth(start)
      : precision === 'year'
        ? String(start.getUTCFullYear())
        : `${isoDay(start)}/${isoDay(end)}`;
  return { date, start: bound(start), end: endBound(end), precision, resolution: basis, day: null };
}

/** Resolves an expression against its context; null when it needs a date nobody knows yet. */
export function resolve(spec: DateSpec, context: ResolveContext): ResolvedDate | null {
  const { published } = context;
  switch (spec.kind) {
    case 'day': {
      const found = resolveDay(spec.day, context);
      return found && withTime(found.day, spec.time, found.basis);
    }
    case 'time': {
      // A bare time in news is most often on the day of publication ("à 7 h 45, le maire…").
      const anchor = published ?? context.previous;
      if (!anchor) return null;
      return withTime(anchor, spec.time, published ? 'relative' : 'inferred');
    }
    case 'span': {
      const to = resolveDay(spec.to, context);
      if (!to) return null;
      // The first day is read against the last ("la nuit de samedi à dimanche"): never after it.
      const from = resolveDay(spec.from, { ...context, published: to.day });
      if (!from || from.day > to.day) return null;
      const fromBasis = spec.from.kind === 'date' && spec.from.year ? 'absolute' : to.basis;
      return span(from.day, to.day, worst(fromBasis, to.basis));
    }
    case 'month': {
      if (spec.year !== undefined) {
        const period = monthPeriod(spec.year, spec.month, spec.part);
        return span(period.start, period.end, 'absolute', 'month');
      }
      const anchor = published ?? context.previous;
      if (!anchor) return null;
      const candidates = [-1, 0, 1].map((delta) => anchor.getUTCFullYear() + delta);
      const chosen = nearest(
        candidates.map((year) => monthPeriod(year, spec.month)),
        anchor,
        spec.direction,
      );
      const period = monthPeriod(chosen.start.getUTCFullYear(), spec.month, spec.part);
      return span(period.start, period.end, published ? 'relative' : 'inferred', 'month');
    }
    case 'relative-month': {
      if (!published) return null;
      const first = utcMonth.offset(utcMonth.floor(published), spec.months);
      return span(first, utcDay.offset(utcMonth.offset(first, 1), -1), 'relative', 'month');
    }
    case 'year':
    case 'relative-year': {
      if (spec.kind === 'relative-year' && !published) return null;
      const year = spec.kind === 'year' ? spec.year : published!.getUTCFullYear() + spec.years;
      const part = spec.kind === 'year' ? spec.part : undefined;
      const [from, to] = part ? { early: [1, 4], mid: [5, 8], late: [9, 12] }[part] : [1, 12];
      const last = utcDay.offset(utcMonth.offset(utc(year, to!), 1), -1);
      return span(utc(year, from!), last, spec.kind === 'year' ? 'absolute' : 'relative', 'year');
    }
    case 'season': {
      if (spec.year !== undefined) {
        const period = seasonPeriod(spec.season, spec.year);
        return span(period.start, period.end, 'absolute');
      }
      if (!published) return null;
      const year = published.getUTCFullYear();
      const chosen = nearest(
        [year - 2, year - 1, year, year + 1].map((y) => seasonPeriod(spec.season, y)),
        published,
        spec.direction,
      );
      return span(chosen.start, chosen.end, 'relative');
    }
    case 'week': {
      if (!published) return null;
      // "ce week-end" written on a Monday or Tuesday is the one just past.
      const justPast =
        spec.part === 'weekend' && spec.weeks === 0 && [1, 2].includes(published.getUTCDay());
      const monday = utcMonday.offset(utcMonday.floor(published), spec.weeks - (justPast ? 1 : 0));
      const [from, to] = { whole: [0, 6], start: [0, 1], weekend: [5, 6] }[spec.part];
      return span(utcDay.offset(monday, from!), utcDay.offset(monday, to!), 'relative');
    }
  }
}
