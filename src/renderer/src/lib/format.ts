import { currentLocale } from './i18n/locale';

// Every date and number the renderer shows goes through here, in the interface language:
// "28 oct. 2024" / "Oct 28, 2024", "10 000" / "10,000".

const formatters = new Map<string, Intl.DateTimeFormat>();

/** An `Intl.DateTimeFormat` for the interface language, built once per locale and options. */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = currentLocale();
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Formats an ISO date (or partial date) for display in the interface language. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const precision: Intl.DateTimeFormatOptions =
    iso.length <= 4
      ? { year: 'numeric' }
      : iso.length <= 7
        ? { year: 'numeric', month: 'long' }
        : { dateStyle: 'medium' };
  return dateFormat(precision).format(date);
}

/** A count or measure in the interface language ("10 000" in French). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLocale()).format(value);
}

/** A share (0–1) as a whole percentage in the interface language ("35 %" in French). */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(currentLocale(), { style: 'percent' }).format(share);
}

/**
 * A label for a timeline axis tick (a UTC instant), as precise as the tick needs: a year on
 * 1 January, a month on the 1st, a day at midnight, a time otherwise — d3's own multi-scale
 * rule, worded by `Intl` instead of d3's English month names.
 */
export function axisLabel(tick: Date): string {
  const utc = { timeZone: 'UTC' } as const;
  if (tick.getUTCHours() !== 0 || tick.getUTCMinutes() !== 0)
    return dateFormat({ ...utc, timeStyle: 'short' }).format(tick);
  if (tick.getUTCDate() !== 1)
    return dateFormat({ ...utc, day: 'numeric', month: 'short' }).format(tick);
  if (tick.getUTCMonth() !== 0) return dateFormat({ ...utc, month: 'long' }).format(tick);
  return dateFormat({ ...utc, year: 'numeric' }).format(tick);
}
