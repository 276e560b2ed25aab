import { afterEach, describe, expect, it } from 'vitest';
import { axisLabel, formatDate, formatNumber, formatPercent } from './format';
import { detectLocale, setLocale } from './i18n/locale';
import { strings } from './strings';

afterEach(() => setLocale('en'));

describe('dates and numbers in the interface language', () => {
  it('formats days, months, years and numbers the French or the English way', () => {
    setLocale('fr');
    expect(formatDate('2024-10-28')).toBe('28 oct. 2024');
    expect(formatDate('2024-10')).toBe('octobre 2024');
    expect(formatNumber(10000)).toBe('10\u202f000');
    expect(formatPercent(0.35)).toBe('35\u00a0%');
    setLocale('en');
    expect(formatDate('2024-10-28')).toBe('Oct 28, 2024');
    expect(formatNumber(10000)).toBe('10,000');
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
