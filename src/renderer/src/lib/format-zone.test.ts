import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// West of Greenwich, midnight UTC is still the day before: a date written without a time must
// not read as that day. The zone is set before the formatters are made (format.ts makes them on
// first use), in a file of its own so no other test sees it.
beforeAll(() => {
  vi.stubEnv('TZ', 'America/Montreal');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('dates without a time, in a zone west of Greenwich', () => {
  it('read as the day, month and year written, as the Markdown export writes them', async () => {
    const { formatDate, formatDayRange, formatPublished } = await import('./format');
    const { setLocale } = await import('./i18n/locale');
    expect(new Date('2024-11-07').getDate()).toBe(6); // the zone is in effect
    setLocale('fr');
    expect(formatDate('2024-11-07')).toBe('7 nov. 2024');
    expect(formatDate('2024-11')).toBe('novembre 2024');
    expect(formatDate('2024')).toBe('2024');
    expect(formatDayRange('2024-11-07', '2024-11-13')).toBe('7–13 nov. 2024');
    setLocale('en');
    expect(
      formatPublished({
        publishedAt: '2024-11-13',
        publishedBasis: 'estimated',
        publishedPrecision: 'range',
        publishedEarliest: '2024-11-07',
        publishedLatest: '2024-11-13',
      }),
    ).toBe('Nov 7\u2009–\u200913, 2024 · estimated');
    // A time of day keeps the reader's own zone.
    expect(formatDate('2024-10-28T13:15:52')).toBe('Oct 28, 2024');
  });
});
