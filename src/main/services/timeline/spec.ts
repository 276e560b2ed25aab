/**
 * What a temporal expression says, before it meets a reference date. Stored with each event
 * (as JSON) so that setting a document's publish date later resolves its events again
 * without re-reading the text.
 */

/** Which way a year-less or relative expression leans when more than one date would fit. */
export type Direction = 'past' | 'future' | 'last' | 'next';

/** A part of a month, a year or a week ("début", "mi-", "fin"). */
export type Part = 'early' | 'mid' | 'late';

/** Seasons, northern hemisphere. */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** A single day, stated or relative. */
export type DayReference =
  | { kind: 'date'; year?: number; month: number; day: number; weekday?: number }
  | { kind: 'weekday'; weekday: number; direction: Direction }
  /** Days from the publish date ("hier", "today") or from the previous date in the text ("la veille"). */
  | { kind: 'offset'; days: number; from: 'publication' | 'previous' };

/** A time of day. */
export interface TimeOfDay {
  hour: number;
  minute: number;
}

/** Everything the extractor can read, as data. */
export type DateSpec =
  | { kind: 'day'; day: DayReference; time?: TimeOfDay }
  | { kind: 'span'; from: DayReference; to: DayReference }
  | { kind: 'month'; month: number; year?: number; part?: Part; direction: Direction }
  | { kind: 'relative-month'; months: number }
  | { kind: 'year'; year: number; part?: Part }
  | { kind: 'relative-year'; years: number }
  | { kind: 'season'; season: Season; year?: number; direction: Direction }
  /** A week relative to the publication's: the whole week, its start, or its weekend. */
  | { kind: 'week'; weeks: number; part: 'whole' | 'start' | 'weekend' }
  /** A bare time ("à 7 h 45"): on the previous date in the text, else on the publish day. */
  | { kind: 'time'; time: TimeOfDay };
