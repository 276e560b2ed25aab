import { describe, expect, it } from 'vitest';
import { comparePublished, earliestPublished } from './publish-time';

describe('publish time comparison', () => {
  it('compares to the minute across zones when both sources give a time', () => {
    // 07:52 in Kyiv (UTC+02:00) is 06:52 in Paris (UTC+01:00): before a 07:00 Paris article.
    expect(comparePublished('2024-10-28T07:52+02:00', '2024-10-28T07:00+01:00')).toEqual({
      order: expect.any(Number),
      basis: 'time',
    });
    expect(comparePublished('2024-10-28T07:52+02:00', '2024-10-28T07:00+01:00').order).toBeLessThan(
      0,
    );
  });

  it('puts a timed post first before an article of the same day without a time, on the date alone', () => {
    const result = comparePublished('2024-10-28T07:52+02:00', '2024-10-28');
    expect(result.order).toBeLessThan(0);
    expect(result.basis).toBe('date');
    expect(comparePublished('2024-10-27', '2024-10-28T07:52+02:00').order).toBeLessThan(0);
  });

  it('says which basis the earliest source rests on', () => {
    const article = { id: 'article', publishedAt: '2024-10-28' };
    const post = { id: 'post', publishedAt: '2024-10-28T07:52+02:00' };
    const wire = { id: 'wire', publishedAt: '2024-10-28T09:10+01:00' };
    expect(earliestPublished([article, post], 'quoted-origin')).toEqual({
      first: post,
      basis: 'date',
    });
    expect(earliestPublished([wire, post])).toEqual({ first: post, basis: 'time' });
    expect(earliestPublished([{ id: 'none', publishedAt: null }])).toBeNull();
  });

  it('names no first among reports when their order rests on a day without times or an estimate', () => {
    const article = { id: 'article', publishedAt: '2024-10-28', documentId: 1 };
    const express = { id: 'express', publishedAt: '2024-10-28T13:15:52', documentId: 2 };
    // The article dated that day may have come out before 13:15.
    expect(earliestPublished([article, express])).toBeNull();
    expect(earliestPublished([article, { ...article, id: 'copy', documentId: 3 }])).toBeNull();
    // Estimated dates order nothing, even days apart.
    const estimated = { id: 'guess', publishedAt: '2024-10-20', publishedBasis: 'estimated' };
    expect(earliestPublished([estimated, express])).toBeNull();
    // A day earlier, stated: first, on the date alone.
    const earlier = { id: 'earlier', publishedAt: '2024-10-27', documentId: 4 };
    expect(earliestPublished([article, earlier, express])).toEqual({
      first: earlier,
      basis: 'date',
    });
    // Passages of one document do not compete with each other.
    expect(earliestPublished([article, { ...article, id: 'same document' }])).toEqual({
      first: article,
      basis: 'time',
    });
  });
});
