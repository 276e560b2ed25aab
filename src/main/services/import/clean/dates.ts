import * as chrono from 'chrono-node';

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
  const iso = text.match(/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?/);
  if (iso) return { iso: iso[0].replace(' ', 'T'), text: iso[0] };
  const result = chrono.fr.strict.parse(text)[0] ?? chrono.en.strict.parse(text)[0];
  if (!result || !result.start.isCertain('year') || !result.start.isCertain('day')) return null;
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
  const found = findDate(text);
  if (!found) return null;
  const rest = text
    .replace(found.text, '')
    .replace(
      /\b(publi[ée]+|published|posted|mis en ligne|updated|mis à jour|modifi[ée]+|le|on|at|à|,|\||·|-|–|—|:|h|heure|heures|GMT|UTC|CET|CEST|[ap]\.?m\.?)\b/giu,
      ' ',
    )
    .replace(/[\s\d:.,|·–—-]+/g, '');
  return rest.length <= 3 ? found : null;
}
