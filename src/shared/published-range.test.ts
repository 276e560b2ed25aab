import { describe, expect, it } from 'vitest';
import { isOpenEndedEstimate, OPEN_ENDED_DAYS, type PublishedDate } from './published-range';

/** An estimate running from 14 March 2024 to `latest` (the file's time, say). */
const estimate = (
  latest: string | null,
  overrides: Partial<PublishedDate> = {},
): PublishedDate => ({
  publishedAt: '2024-03-14',
  publishedBasis: 'estimated',
  publishedPrecision: 'range',
  publishedEarliest: '2024-03-14',
  publishedLatest: latest,
  ...overrides,
});

describe('isOpenEndedEstimate', () => {
  it('is true for an estimate whose range runs from its day to the file time, months later', () => {
    expect(isOpenEndedEstimate(estimate('2024-11-20'))).toBe(true);
    expect(isOpenEndedEstimate(estimate('2026-12-07T05:14:32.000Z'))).toBe(true);
  });

  it('is true for an estimate with a lower bound and no end', () => {
    expect(isOpenEndedEstimate(estimate(null))).toBe(true);
  });

  it('reads a timestamped publish date by its day', () => {
    expect(
      isOpenEndedEstimate(estimate('2024-11-20', { publishedAt: '2024-03-14T00:00:00Z' })),
    ).toBe(true);
  });

  it('is false for a bounded range: within OPEN_ENDED_DAYS of its day, the day is a likely one', () => {
    expect(isOpenEndedEstimate(estimate('2024-03-16'))).toBe(false);
    const limit = new Date(Date.UTC(2024, 2, 14 + OPEN_ENDED_DAYS)).toISOString().slice(0, 10);
    expect(isOpenEndedEstimate(estimate(limit))).toBe(false);
    const past = new Date(Date.UTC(2024, 2, 15 + OPEN_ENDED_DAYS)).toISOString().slice(0, 10);
    expect(isOpenEndedEstimate(estimate(past))).toBe(true);
  });

  it('is false when the day is not the range start (a guess inside a range)', () => {
    expect(isOpenEndedEstimate(estimate('2024-11-20', { publishedAt: '2024-06-01' }))).toBe(false);
  });

  it('is false for an estimate of one day or one month', () => {
    expect(isOpenEndedEstimate(estimate('2024-11-20', { publishedPrecision: 'day' }))).toBe(false);
    expect(isOpenEndedEstimate(estimate('2024-11-20', { publishedPrecision: 'month' }))).toBe(
      false,
    );
  });

  it('is false for stated, metadata and user dates, whatever their range', () => {
    for (const basis of ['stated', 'metadata', 'user'] as const) {
      expect(isOpenEndedEstimate(estimate('2024-11-20', { publishedBasis: basis }))).toBe(false);
    }
    expect(isOpenEndedEstimate(estimate('2024-11-20', { publishedBasis: null }))).toBe(false);
  });

  it('is false for an undated document or an item without its range (an older citation)', () => {
    expect(isOpenEndedEstimate(estimate(null, { publishedAt: null }))).toBe(false);
    expect(isOpenEndedEstimate({ publishedAt: '2024-03-14', publishedBasis: 'estimated' })).toBe(
      false,
    );
  });

  it('is false when the latest day cannot be read', () => {
    expect(isOpenEndedEstimate(estimate('not a date'))).toBe(false);
  });
});
