import { afterEach, describe, expect, it } from 'vitest';
import { timelineEvent } from '../../../../../tests/support/timeline-event';
import { setLocale } from '../../lib/i18n/locale';
import { clusterDate } from './dates';

afterEach(() => setLocale('en'));

const month = (documentId: number, iso: string, last: string) =>
  timelineEvent(documentId, iso, {
    date: iso.slice(0, 7),
    precision: 'month',
    start: `${iso}T00:00`,
    end: `${last}T23:59`,
  });

describe('a timeline chip’s date', () => {
  it('covers every event of the chip, not the first one’s day alone', () => {
    const events = [
      timelineEvent(1, '2024-11-09'),
      timelineEvent(1, '2024-11-12'),
      timelineEvent(1, '2024-11-13'),
    ];
    expect(clusterDate(events, 'happened')).toBe('Nov 9\u2009–\u200913, 2024');
    expect(clusterDate(events.slice(0, 1), 'happened')).toBe('Nov 9, 2024');
    setLocale('fr');
    expect(clusterDate(events, 'happened')).toBe('9–13 nov. 2024');
  });

  it('names whole months as months, not as their first and last days', () => {
    const events = [month(1, '2024-06-01', '2024-06-30'), timelineEvent(1, '2024-06-19')];
    expect(clusterDate(events, 'happened')).toBe('June 2024');
    const months = [month(1, '2024-06-01', '2024-06-30'), month(2, '2024-08-01', '2024-08-31')];
    expect(clusterDate(months, 'happened')).toBe('June\u2009–\u2009August 2024');
  });

  it('by report, words an estimated publish date as an estimate, never as a plain day', () => {
    const openEnded = {
      publishedAt: '2024-10-11',
      publishedBasis: 'estimated' as const,
      publishedPrecision: 'range' as const,
      publishedEarliest: '2024-10-11',
      publishedLatest: null,
    };
    const estimated = [timelineEvent(5, '2024-10-06', openEnded)];
    expect(clusterDate(estimated, 'reported')).toBe('Oct 11, 2024 or later · estimated');
    expect(clusterDate(estimated, 'reported', { short: true })).toBe('Oct 11, 2024 or later');
    const stated = timelineEvent(3, '2024-10-27', {
      publishedAt: '2024-10-28',
      publishedBasis: 'stated',
    });
    const late = timelineEvent(2, '2024-10-27', { ...openEnded, publishedAt: '2024-10-28' });
    expect(clusterDate([stated, late], 'reported')).toBe('Oct 28, 2024 · some dates estimated');
    expect(clusterDate([stated], 'reported')).toBe('Oct 28, 2024');
    setLocale('fr');
    expect(clusterDate(estimated, 'reported')).toBe('le 11 oct. 2024 ou après · estimée');
  });
});
