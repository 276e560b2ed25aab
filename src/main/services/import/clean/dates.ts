import * as chrono from 'chrono-node';
import { fold } from './patterns';

// Words that may stand around a date on a dateline ("Publié le … à …", "Updated on … at …").
const DATE_LINE_WORDS = new Set(
  'publie publiee published posted mis en ligne updated a jour modifie modified le on at h heure heures gmt utc cet cest am pm date de publication actualise last'.split(
    ' ',
  ),
);

/** A date found in text, as an ISO string ("2024-10-28" or "2024-10-28T13:15"). */
export interface FoundDate {
  iso: string;
  /** The part of the text that said it. */
  text: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Finds an absolute date (French or English) in a short text. Strict parsing only: "today" or
 * "last week" mean nothing without a reference date, so they are not dates here.
 */
export function findDate(text: string): FoundDate | null {
  // ISO timestamps from metadata keep their time zone as written.
  const iso = text.match(
    /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?/,
  );
  if (iso) return { iso: iso[0].replace(' ', 'T'), text: iso[0] };
  // A date whose year is certain is written with digits; chrono is the costliest step of the
  // cleaning rules on a whole page, so text without any is not handed to it.
  if (!/\d/.test(text)) return null;
  const result = [...chrono.fr.strict.parse(text), ...chrono.en.strict.parse(text)].find(
    (candidate) => candidate.start.isCertain('year') && candidate.start.isCertain('day'),
  );
  if (!result) return null;
  const { start } = result;
  const day = `${start.get('year')}-${pad(start.get('month')!)}-${pad(start.get('day')!)}`;
  const time = start.isCertain('hour')
    ? `T${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}`
    : '';
  return { iso: day + time, text: result.text };
}

/** Whether a short block is nothing but a date (with words such as "Publié le" around it). */
export function isDateLine(text: string): FoundDate | null {
  if (text.length > 80) return null;
  // A date spells at most a weekday, a month and joining words ("mardi 28 octobre", "Tuesday,
  // the 28th of October"): a line with more words than that besides dateline words is not a date line,
  // which spares chrono most of a page's short lines.
  const spelled = fold(text)
    .split(/[\s\d:.,|·/()]+/)
    .filter((word) => /^\p{L}+$/u.test(word) && !DATE_LINE_WORDS.has(word));
  if (spelled.length > 4) return null;
  const found = findDate(text);
  if (!found) return null;
  const rest = fold(text.replace(found.text, ' '))
    .split(/[\s\d:.,|·/()]+/)
    .filter((word) => word && !DATE_LINE_WORDS.has(word));
  return rest.length === 0 ? found : null;
}
