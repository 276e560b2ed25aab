import type { DateEvidence } from '../../../shared/attribution';
import { dayIso } from './body-dates';

const valid = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/**
 * The date a URL's path states: `/2024/10/28/`, `/2024-10-28-title`, `/20241028/`, or only
 * a month (`/2024/10/`). Host and query are not read (ids there look like dates).
 */
export function urlDate(url: string): DateEvidence | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const full =
    /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=$|[/_.-])/.exec(path) ??
    /(?:^|\/)((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/_.-])/.exec(path);
  if (full) {
    const [year, month, day] = [Number(full[1]), Number(full[2]), Number(full[3])];
    // A path that writes a day that does not exist is not a date path at all.
    if (!valid(year, month, day)) return null;
    {
      return {
        kind: 'url',
        words: full[0].replace(/^[/_-]/, ''),
        role: 'date',
        date: dayIso(year, month, day),
      };
    }
  }
  const month = /(?:^|\/)((?:19|20)\d{2})\/(\d{1,2})(?=\/)/.exec(path);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    const date = `${month[1]}-${month[2]!.padStart(2, '0')}`;
    return { kind: 'url', words: month[0].replace(/^\//, ''), role: 'date', date };
  }
  return null;
}
