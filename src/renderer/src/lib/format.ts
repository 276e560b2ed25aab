import type { DateBasis } from '../../../shared/attribution';
import { strings } from './strings';

/** Formats an ISO date (or partial date) for display in the UI's locale. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const precision =
    iso.length <= 4
      ? { year: 'numeric' }
      : iso.length <= 7
        ? { year: 'numeric', month: 'long' }
        : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(undefined, precision as Intl.DateTimeFormatOptions).format(date);
}

/** A publish date as the UI shows it: an estimate as "≈ 28 Oct 2024 · estimated", never as a fact. */
export function formatPublished(
  iso: string | null | undefined,
  basis: DateBasis | null | undefined,
): string | null {
  const date = formatDate(iso);
  if (!date) return null;
  return basis === 'estimated'
    ? `${strings.attribution.approximately(date)} · ${strings.attribution.estimated}`
    : date;
}

/** A publish date as the source gave it: with its time (and zone) when it has one. */
export function formatMoment(iso: string | null | undefined): string | null {
  const time = iso?.match(/T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/);
  if (!iso || !time) return formatDate(iso);
  const zone = time[2] ? ` (UTC${time[2] === 'Z' ? '' : time[2]})` : '';
  return `${formatDate(iso.slice(0, 10))}, ${time[1]}${zone}`;
}
