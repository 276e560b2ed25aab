import { afterEach, describe, expect, it } from 'vitest';
import type { PublishedDate } from '../../../shared/published-range';
import {
  axisLabel,
  formatDate,
  formatDayRange,
  formatNumber,
  formatPercent,
  formatPublished,
  formatPublishedShort,
} from './format';
import { detectLocale, setLocale } from './i18n/locale';
import { strings } from './strings';

afterEach(() => setLocale('en'));

describe('dates and numbers in the interface language', () => {
  it('formats days, months, years and numbers the French or the English way', () => {
    setLocale('fr');
    expect(formatDate('2024-10-28')).toBe('28 oct. 2024');
    expect(formatDate('2024-10')).toBe('octobre 2024');
    // The first of a month is an ordinal in French, in a day and in a range.
    expect(formatDate('2024-11-01')).toBe('1er nov. 2024');
    expect(formatDayRange('2024-11-01', '2024-11-03')).toBe('1er–3 nov. 2024');
    expect(formatDate('2024-11-11')).toBe('11 nov. 2024');
    expect(formatNumber(10000)).toBe('10\u202f000');
    expect(formatPercent(0.35)).toBe('35\u00a0%');
    setLocale('en');
    expect(formatDate('2024-10-28')).toBe('Oct 28, 2024');
    expect(formatDate('2024-11-01')).toBe('Nov 1, 2024');
    expect(formatNumber(10000)).toBe('10,000');
  });

  it('words a publish date by how it is known, the same in every view and both languages', () => {
    const openEnded: PublishedDate = {
      publishedAt: '2024-11-12',
      publishedBasis: 'estimated',
      publishedPrecision: 'range',
      publishedEarliest: '2024-11-12',
      publishedLatest: '2025-06-30',
    };
    // Closing within a month of its day: not open-ended, so a range (see the next test).
    const bounded = { ...openEnded, publishedLatest: '2024-11-14' };
    // Known only as "not after" its day: no range to show, an approximate day.
    const guessed = { ...openEnded, publishedEarliest: null, publishedLatest: '2024-11-12' };
    const stated = { ...openEnded, publishedBasis: 'stated' as const };
    expect(formatPublished(openEnded)).toBe('Nov 12, 2024 or later · estimated');
    expect(formatPublishedShort(openEnded)).toBe('Nov 12, 2024 or later');
    expect(formatPublished(guessed)).toBe('≈ Nov 12, 2024 · estimated');
    expect(formatPublishedShort(guessed)).toBe('≈ Nov 12, 2024');
    expect(formatPublishedShort(bounded)).toBe('Nov 12\u2009–\u200914, 2024');
    expect(formatPublished(stated)).toBe('Nov 12, 2024');
    expect(formatPublished({ publishedAt: null, publishedBasis: 'estimated' })).toBeNull();
    setLocale('fr');
    expect(formatPublished(openEnded)).toBe('le 12 nov. 2024 ou après · estimée');
    expect(formatPublishedShort(openEnded)).toBe('le 12 nov. 2024 ou après');
    expect(formatPublished(guessed)).toBe('≈\u00a012 nov. 2024 · estimée');
  });

  it('words a stated month as the month, not as the day it is stored at', () => {
    const month: PublishedDate = {
      publishedAt: '2024-11-01',
      publishedBasis: 'stated',
      publishedPrecision: 'month',
      publishedEarliest: '2024-11-01',
      publishedLatest: '2024-11-30',
    };
    expect(formatPublished(month)).toBe('November 2024');
    expect(formatPublished({ ...month, publishedBasis: 'metadata' })).toBe('November 2024');
    expect(formatPublished({ ...month, publishedPrecision: 'day' })).toBe('Nov 1, 2024');
    setLocale('fr');
    expect(formatPublishedShort(month)).toBe('novembre 2024');
  });

  it('words an estimate known as a closed range as that range, as its evidence list does', () => {
    // Seed 001's estimate: "doit rencontrer ce mercredi 13 novembre" puts it in the week before.
    const week: PublishedDate = {
      publishedAt: '2024-11-13',
      publishedBasis: 'estimated',
      publishedPrecision: 'range',
      publishedEarliest: '2024-11-07',
      publishedLatest: '2024-11-13',
    };
    expect(formatPublished(week)).toBe('Nov 7\u2009–\u200913, 2024 · estimated');
    expect(formatPublishedShort(week)).toBe('Nov 7\u2009–\u200913, 2024');
    expect(formatDayRange('2024-11-07', '2024-11-13')).toBe('Nov 7\u2009–\u200913, 2024');
    expect(formatPublished({ ...week, publishedBasis: 'stated' })).toBe('Nov 13, 2024');
    setLocale('fr');
    expect(formatPublished(week)).toBe('7–13 nov. 2024 · estimée');
    expect(formatDayRange('2024-10-28', '2024-11-03')).toBe('28 oct.\u2009–\u20093 nov. 2024');
  });

  it('labels timeline ticks by their precision, in the interface language', () => {
    setLocale('fr');
    expect(axisLabel(new Date('2024-01-01T00:00:00Z'))).toBe('2024');
    expect(axisLabel(new Date('2024-10-01T00:00:00Z'))).toBe('octobre');
    expect(axisLabel(new Date('2024-10-28T00:00:00Z'))).toBe('28 oct.');
    expect(axisLabel(new Date('2024-10-28T07:45:00Z'))).toBe('07:45');
    setLocale('en');
    expect(axisLabel(new Date('2024-10-01T00:00:00Z'))).toBe('October');
    expect(axisLabel(new Date('2024-10-28T00:00:00Z'))).toBe('Oct 28');
  });

  it('switches the strings object to the chosen catalog', () => {
    setLocale('fr');
    expect(strings.views.timeline).toBe('Chronologie');
    expect(strings.passages(3)).toBe('3 passages');
    setLocale('en');
    expect(strings.views.timeline).toBe('Timeline');
  });

  it('picks the first preferred language Recoupe speaks, English otherwise', () => {
    expect(detectLocale(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(detectLocale(['en-GB', 'fr'])).toBe('en');
    expect(detectLocale(['de', 'it'])).toBe('en');
  });
});
