import type { DateEvidence, EvidenceNote } from '../../../shared/attribution';
import { findMentions, leaningAt } from '../timeline/mentions';
import type { DayReference } from '../timeline/spec';

/** A day as `YYYY-MM-DD`. */
export const dayIso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const weekdayOf = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay();
const valid = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

// "ce mercredi", "cette nuit de lundi", "this Tuesday": the weekday of the publication's week.
const deictic = /(?:^|[\s(])(?:ce|cet|cette|this)\s+$/iu;

/** A date the body states, before the year of a year-less one is known. */
interface BodyDate {
  words: string;
  reference: Extract<DayReference, { kind: 'date' }>;
  /** The text leans forward ("doit rencontrer le 13 novembre"): not a bound. */
  future: boolean;
  /** Said as "ce mercredi 13 novembre": the publication's own week. */
  deictic: boolean;
}

/** A weekday said alone ("ce vendredi"), which narrows a range once the week is known. */
export interface BodyWeekday {
  words: string;
  weekday: number;
  deictic: boolean;
}

/** The dates and weekdays an article's text states, with the words that say them. */
export function readBodyDates(
  text: string,
  language: string | null,
): { dates: BodyDate[]; weekdays: BodyWeekday[] } {
  const dates: BodyDate[] = [];
  const weekdays: BodyWeekday[] = [];
  for (const mention of findMentions(text, language)) {
    const before = text.slice(Math.max(0, mention.start - 12), mention.start);
    const spec = mention.spec;
    const last = spec.kind === 'day' ? spec.day : spec.kind === 'span' ? spec.to : (null as null);
    if (last?.kind === 'date') {
      dates.push({
        words: mention.text,
        reference: last,
        future: leaningAt(text, mention.start) === 'future',
        deictic: deictic.test(before) || /^(?:ce|cet|cette|this)\s/iu.test(mention.text),
      });
    } else if (last?.kind === 'weekday') {
      weekdays.push({
        words: mention.text,
        weekday: last.weekday,
        deictic: deictic.test(before) || /^(?:ce|cet|cette|this)\s/iu.test(mention.text),
      });
    }
  }
  return { dates, weekdays };
}

/**
 * Turns the body's dates into evidence. A date with its year is a lower bound (an article is
 * not published before the last day it reports) unless the text looks forward to it; a
 * weekday with a day and month fixes the year (the one nearest `aroundYear` where that day
 * is that weekday); a date with neither waits for a year from the rest of the evidence.
 * A stated weekday that does not fall on the stated date is ignored.
 */
export function bodyDateEvidence(
  dates: readonly BodyDate[],
  aroundYear: number | null,
  notAfter: string | null,
): DateEvidence[] {
  const evidence: DateEvidence[] = [];
  for (const found of dates) {
    const { year, month, day, weekday } = found.reference;
    let chosen = year;
    let note: EvidenceNote | undefined;
    if (year !== undefined && !valid(year, month, day)) continue;
    if (
      year !== undefined &&
      weekday !== undefined &&
      weekdayOf(dayIso(year, month, day)) !== weekday
    ) {
      evidence.push({
        kind: 'body-date',
        words: found.words,
        role: 'ignored',
        date: dayIso(year, month, day),
        notes: [
          {
            code: 'weekday-mismatch',
            date: dayIso(year, month, day),
            weekday: weekdayOf(dayIso(year, month, day)),
            stated: weekday,
          },
        ],
      });
      continue;
    }
    if (year === undefined && weekday !== undefined) {
      const around = aroundYear ?? Number((notAfter ?? new Date().toISOString()).slice(0, 4));
      const years = [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6].map((delta) => around + delta);
      chosen = years.find(
        (candidate) =>
          valid(candidate, month, day) &&
          weekdayOf(dayIso(candidate, month, day)) === weekday &&
          (!notAfter || dayIso(candidate, month, day) <= notAfter.slice(0, 10)),
      );
      if (chosen === undefined) {
        evidence.push({
          kind: 'weekday-date',
          words: found.words,
          role: 'ignored',
          date: `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          notes: [{ code: 'no-year-for-weekday', around, weekday }],
        });
        continue;
      }
      note = { code: 'weekday-gives-year', date: dayIso(chosen, month, day), weekday };
    } else if (year === undefined) {
      if (aroundYear === null || !valid(aroundYear, month, day)) continue;
      chosen = aroundYear;
      note = { code: 'year-from-evidence', year: aroundYear };
    }
    const date = dayIso(chosen!, month, day);
    const kind = weekday !== undefined && year === undefined ? 'weekday-date' : 'body-date';
    if (notAfter && date > notAfter.slice(0, 10)) {
      evidence.push({
        kind,
        words: found.words,
        role: 'ignored',
        date,
        notes: [{ code: 'after-file-time' }],
      });
      continue;
    }
    evidence.push({
      kind,
      words: found.words,
      role: found.future ? 'guess' : 'after',
      date,
      ...(found.deictic ? { thisWeek: true } : {}),
      ...(note || found.future
        ? {
            notes: [
              ...(note ? [note] : []),
              ...(found.future ? [{ code: 'looks-forward' } as const] : []),
            ],
          }
        : {}),
    });
  }
  return distinct(evidence);
}

/** One piece per day and role: the one with the most words (the year written out, if any). */
function distinct(evidence: DateEvidence[]): DateEvidence[] {
  const kept = new Map<string, DateEvidence>();
  for (const piece of evidence) {
    const key = `${piece.role} ${piece.date}`;
    const other = kept.get(key);
    if (!other || piece.words.length > other.words.length) kept.set(key, piece);
  }
  return [...kept.values()];
}

/** The weekday of a day, Sunday = 0. */
export { weekdayOf };
