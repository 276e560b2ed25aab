import type { DateEvidence, PublishDate } from '../../../shared/attribution';
import type { FieldSource } from '../../../shared/domain';
import { bodyDateEvidence, readBodyDates, weekdayOf } from './body-dates';
import { urlDate } from './url-date';

/** What the publish date is estimated from. */
export interface DateInputs {
  /** The date the import read from a dateline, the page's metadata or the user. */
  stated: { value: string; source: FieldSource; words?: string } | null;
  url: string | null;
  /** The article's clean text. */
  text: string;
  language: string | null;
  /** Dates a format's own properties give (a PDF's info dictionary, a DOCX's core properties). */
  formatDates?: DateEvidence[];
  /** The file's modification time, when the import read it from disk. */
  fileTime?: string | null;
}

const day = (iso: string) => iso.slice(0, 10);
/** File times before this are taken for a lost time (zip archives, copies), not an upper bound. */
const PLAUSIBLE_FILE_TIME = '1995-01-01';
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${day(iso)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const latestOf = (dates: string[]) =>
  dates.reduce<string | null>((a, b) => (!a || b > a ? b : a), null);
const monthEnd = (month: string) => addDays(`${addDays(`${month}-28`, 4).slice(0, 7)}-01`, -1);

// Strongest first: what the user set, a dateline, page metadata, a format's properties, the URL.
const PRIORITY: DateEvidence['kind'][] = [
  'user',
  'dateline',
  'metadata',
  'pdf-info',
  'docx-properties',
  'url',
];

function statedPiece(stated: DateInputs['stated']): DateEvidence | null {
  if (!stated) return null;
  const kind =
    stated.source === 'user' ? 'user' : stated.source === 'metadata' ? 'metadata' : 'dateline';
  return { kind, words: stated.words ?? stated.value, role: 'date', date: stated.value };
}

/**
 * Estimates a document's publish date from every piece of evidence in its file, keeping each
 * piece with its words. A stated date (the user's, a dateline, page metadata) is used as it
 * is unless weaker evidence contradicts it, in which case both are shown; otherwise the body's
 * latest reported day bounds the date from below and is the best guess, a day said as this
 * week's ("ce mercredi 13 novembre") is preferred, and the file's time bounds it from above.
 */
export function estimatePublishDate(inputs: DateInputs): PublishDate {
  // Archives and some copies set times of 1980 or 1970: no news page is that old on disk.
  const fileDay =
    inputs.fileTime && inputs.fileTime >= PLAUSIBLE_FILE_TIME ? day(inputs.fileTime) : null;
  const dated: DateEvidence[] = [];
  const stated = statedPiece(inputs.stated);
  if (stated) dated.push(stated);
  const fromUrl = inputs.url ? urlDate(inputs.url) : null;
  if (fromUrl) dated.push(fromUrl);
  dated.push(...(inputs.formatDates ?? []));
  for (const piece of dated) {
    if (piece.kind !== 'user' && fileDay && day(piece.date) > fileDay) {
      piece.role = 'ignored';
      piece.notes = [{ code: 'after-file-time' }];
    }
  }
  const usable = dated.filter((piece) => piece.role === 'date');
  const strong = PRIORITY.map((kind) => usable.find((piece) => piece.kind === kind)).find(Boolean);

  const { dates, weekdays } = readBodyDates(inputs.text, inputs.language);
  const yearsStated = dates.flatMap((found) =>
    found.reference.year ? [found.reference.year] : [],
  );
  const aroundYear = strong ? Number(strong.date.slice(0, 4)) : (latestYear(yearsStated) ?? null);
  const body = bodyDateEvidence(dates, aroundYear, fileDay);
  const evidence = [...dated, ...body];
  const lower = latestOf(body.filter((piece) => piece.role === 'after').map((piece) => piece.date));
  if (inputs.fileTime && !fileDay) {
    evidence.push({
      kind: 'file-time',
      words: inputs.fileTime,
      role: 'ignored',
      date: day(inputs.fileTime),
      notes: [{ code: 'implausible-file-time' }],
    });
  }
  if (fileDay) {
    const older = lower !== null && fileDay < lower;
    evidence.push({
      kind: 'file-time',
      words: inputs.fileTime!,
      role: older ? 'ignored' : 'before',
      date: fileDay,
      ...(older ? { notes: [{ code: 'file-time-of-copy' as const }] } : {}),
    });
  }
  const upper = evidence.find((piece) => piece.role === 'before')?.date ?? null;

  if (strong) return fromStrong(strong, usable, lower, evidence);
  return estimated(evidence, lower, upper, weekdays);
}

function latestYear(years: number[]): number | undefined {
  return years.length > 0 ? Math.max(...years) : undefined;
}

function fromStrong(
  strong: DateEvidence,
  usable: DateEvidence[],
  lower: string | null,
  evidence: DateEvidence[],
): PublishDate {
  for (const piece of usable) {
    if (
      piece !== strong &&
      day(piece.date).slice(0, piece.date.length) !== strong.date.slice(0, piece.date.length)
    ) {
      piece.notes = [{ code: 'disagrees', kind: strong.kind, date: day(strong.date) }];
    }
  }
  const basis =
    strong.kind === 'user' ? 'user' : strong.kind === 'dateline' ? 'stated' : 'metadata';
  const month = /^\d{4}-\d{2}$/.test(strong.date);
  const start = month ? `${strong.date}-01` : day(strong.date);
  // A URL or file property older than the days the text reports is contradicted by the text:
  // the date is given as a range between them rather than as either one.
  const weak =
    strong.kind === 'url' || strong.kind === 'pdf-info' || strong.kind === 'docx-properties';
  if (weak && lower && (month ? monthEnd(strong.date) : start) < lower) {
    strong.notes = [{ code: 'older-than-text', date: lower }];
    return {
      date: lower,
      earliest: start,
      latest: lower,
      precision: 'range',
      basis: 'estimated',
      evidence,
    };
  }
  if (strong.kind !== 'user' && lower && start < lower) {
    for (const piece of evidence)
      if (piece.role === 'after' && piece.date > start)
        piece.notes = [{ code: 'later-than-basis', basis }];
  }
  if (month) {
    const inside = lower && lower.startsWith(strong.date) ? lower : start;
    return {
      date: inside,
      earliest: start,
      latest: monthEnd(strong.date),
      precision: 'month',
      basis,
      evidence,
    };
  }
  return { date: strong.date, earliest: start, latest: start, precision: 'day', basis, evidence };
}

function estimated(
  evidence: DateEvidence[],
  lower: string | null,
  upper: string | null,
  weekdays: ReturnType<typeof readBodyDates>['weekdays'],
): PublishDate {
  const inRange = (date: string) => (!lower || date >= lower) && (!upper || date <= upper);
  const thisWeek = evidence.filter(
    (piece) =>
      piece.thisWeek && (piece.role === 'after' || piece.role === 'guess') && inRange(piece.date),
  );
  const guesses = evidence.filter((piece) => piece.role === 'guess' && inRange(piece.date));
  let earliest = lower;
  let latest = upper;
  let date: string | null = null;
  const anchor = thisWeek.at(-1);
  if (anchor) {
    // "ce lundi 28 octobre" said of the past puts the article in the days after; said of what
    // is to come ("doit rencontrer ce mercredi 13 novembre"), in the days before.
    date = anchor.date;
    if (anchor.role === 'after') latest = minDate(latest, addDays(anchor.date, 6));
    else {
      earliest = maxDate(earliest, addDays(anchor.date, -6));
      latest = minDate(latest, anchor.date);
    }
  } else if (lower) date = lower;
  else if (guesses.length > 0) {
    date = latestOf(guesses.map((piece) => piece.date));
    latest = minDate(latest, date!);
  }
  if (date === null) {
    return {
      date: null,
      earliest: null,
      latest: upper,
      precision: null,
      basis: null,
      evidence,
      whyUnknown: upper ? 'file-time-only' : 'nothing-found',
    };
  }
  // A weekday said alone ("ce vendredi") is no date by itself: it picks its day only once other
  // evidence has narrowed the range to a week or less, and it is not evidence of its own when it
  // names the very day of the date that fixed that week ("ce mercredi 13 novembre", then "ce
  // mercredi"): that is the same day said twice, and listing it would count it twice.
  if (earliest && latest && latest <= addDays(earliest, 6)) {
    const weekday = weekdays.find((found) => found.deictic);
    if (weekday) {
      for (let at = earliest; at <= latest; at = addDays(at, 1)) {
        if (weekdayOf(at) === weekday.weekday) {
          if (anchor && at === anchor.date) break;
          evidence.push({
            kind: 'weekday',
            words: weekday.words,
            role: 'guess',
            date: at,
            thisWeek: true,
          });
          date = at;
          break;
        }
      }
    }
  }
  return {
    date,
    earliest,
    latest,
    precision: earliest === latest && earliest !== null ? 'day' : 'range',
    basis: 'estimated',
    evidence,
  };
}

const minDate = (a: string | null, b: string) => (a && a < b ? a : b);
const maxDate = (a: string | null, b: string) => (a && a > b ? a : b);
