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
