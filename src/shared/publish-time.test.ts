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
    expect(earliestPublished([article, post])).toEqual({ first: post, basis: 'date' });
    expect(earliestPublished([wire, post])).toEqual({ first: post, basis: 'time' });
    expect(earliestPublished([{ id: 'none', publishedAt: null }])).toBeNull();
  });
});
