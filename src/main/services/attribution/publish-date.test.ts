import { describe, expect, it } from 'vitest';
import { estimatePublishDate, type DateInputs } from './publish-date';
import { urlDate } from './url-date';

const estimate = (text: string, more: Partial<DateInputs> = {}) =>
  estimatePublishDate({ stated: null, url: null, text, language: 'fr', ...more });

describe('publish date estimation', () => {
  it('takes the latest day the text reports as a lower bound and the best guess', () => {
    const date = estimate(
      'Le 3 octobre 2024, le conseil avait voté. Dans la nuit du 28 octobre 2024, la digue a cédé.',
    );
    expect(date).toMatchObject({ date: '2024-10-28', earliest: '2024-10-28', basis: 'estimated' });
    expect(date.evidence).toContainEqual(
      expect.objectContaining({ kind: 'body-date', words: '28 octobre 2024', role: 'after' }),
    );
  });

  it('fixes the year from a weekday with a day and month, in French and English', () => {
    const french = estimate('Le ministre doit rencontrer ce mercredi 13 novembre les maires.');
    expect(french.date).toBe('2024-11-13');
    expect(french.evidence[0]).toMatchObject({
      kind: 'weekday-date',
      // "doit rencontrer": the text looks forward to the day it names.
      notes: [
        { code: 'weekday-gives-year', date: '2024-11-13', weekday: 3 },
        { code: 'looks-forward' },
      ],
    });
    const english = estimate('The council met on Tuesday, March 4 to vote the budget.', {
      language: 'en',
      fileTime: '2025-06-01T10:00:00Z',
    });
    expect(english.date).toBe('2025-03-04');
  });

  it('ignores a weekday that does not fall on the stated date', () => {
    // 28 October 2024 was a Monday, not a Friday.
    const date = estimate('La réunion a eu lieu vendredi 28 octobre 2024 à la mairie.');
    expect(date.evidence).toContainEqual(expect.objectContaining({ role: 'ignored' }));
    expect(date.date).toBeNull();
  });

  it('narrows to the day a weekday said alone names once the week is known', () => {
    const date = estimate(
      'Le ministre a promis ce lundi 28 octobre une aide. Ce mercredi, les maires ont répondu.',
    );
    expect(date.date).toBe('2024-10-30');
    expect(date.evidence).toContainEqual(
      expect.objectContaining({ kind: 'weekday', date: '2024-10-30' }),
    );
  });

  it('does not count a weekday that only repeats the day of the date that fixed the week', () => {
    // Seed 001: "ce mercredi 13 novembre" sets the week; "ce mercredi" later is the same day.
    const date = estimate(
      'Le ministre doit rencontrer ce mercredi 13 novembre les maires. Il a promis ce mercredi une aide.',
    );
    expect(date).toMatchObject({
      date: '2024-11-13',
      earliest: '2024-11-07',
      latest: '2024-11-13',
      precision: 'range',
    });
    expect(date.evidence.map((piece) => piece.kind)).not.toContain('weekday');
  });

  it('reads dates in URL paths, never in the host or the query', () => {
    expect(urlDate('https://example.org/monde/2024/10/28/la-digue-cede')?.date).toBe('2024-10-28');
    expect(urlDate('https://example.org/2024-10-28-digue.html')?.date).toBe('2024-10-28');
    expect(urlDate('https://example.org/archives/2024/10/digue')?.date).toBe('2024-10');
    expect(urlDate('https://example.org/article?id=20241028')).toBeNull();
    expect(urlDate('https://example.org/2024/02/30/impossible')).toBeNull();
  });

  it('uses a URL date as page metadata when the text agrees with it', () => {
    const date = estimate('La digue a cédé le 27 octobre 2024.', {
      url: 'https://example.org/2024/10/28/digue',
    });
    expect(date).toMatchObject({ date: '2024-10-28', basis: 'metadata', precision: 'day' });
  });

  it('gives a range with both pieces when the URL says 2023 and the text 2024', () => {
    const date = estimate('La digue a cédé le 27 octobre 2024.', {
      url: 'https://example.org/2023/10/28/digue',
    });
    expect(date).toMatchObject({
      date: '2024-10-27',
      earliest: '2023-10-28',
      latest: '2024-10-27',
      precision: 'range',
      basis: 'estimated',
    });
    expect(date.evidence.map((piece) => piece.kind)).toEqual(['url', 'body-date']);
  });

  it('keeps a stated date and says which evidence disagrees with it', () => {
    const date = estimate('Le 30 octobre 2024, la préfecture a levé l’alerte.', {
      stated: { value: '2024-10-28T13:15', source: 'text' },
    });
    expect(date).toMatchObject({ date: '2024-10-28T13:15', basis: 'stated', precision: 'day' });
    expect(date.evidence[1]).toMatchObject({
      role: 'after',
      notes: [{ code: 'later-than-basis', basis: 'stated' }],
    });
  });

  it('keeps what the user set whatever the file says', () => {
    const date = estimate('Le 30 octobre 2024, la préfecture a levé l’alerte.', {
      stated: { value: '2024-11-02', source: 'user' },
      url: 'https://example.org/2024/10/30/alerte',
    });
    expect(date).toMatchObject({ date: '2024-11-02', basis: 'user' });
  });

  it('does not use a date after the file’s own time, and takes the file time as an upper bound', () => {
    const date = estimate('Le 12 mars 2025, puis le 28 octobre 2024.', {
      fileTime: '2024-11-05T08:00:00Z',
    });
    expect(date).toMatchObject({ date: '2024-10-28', latest: '2024-11-05' });
    expect(date.evidence).toContainEqual(
      expect.objectContaining({
        date: '2025-03-12',
        role: 'ignored',
        notes: [{ code: 'after-file-time' }],
      }),
    );
  });

  it('does not bound the date by an implausible file time (a time lost in an archive)', () => {
    const date = estimate('Le 28 octobre 2024, la digue a cédé.', {
      fileTime: '1980-01-01T00:00:00Z',
    });
    expect(date).toMatchObject({ date: '2024-10-28', latest: null });
    expect(date.evidence).toContainEqual(
      expect.objectContaining({ kind: 'file-time', role: 'ignored' }),
    );
  });

  it('says why when nothing dates the article', () => {
    const date = estimate('Les habitants attendent la décrue depuis des semaines.');
    expect(date).toMatchObject({ date: null, basis: null });
    expect(date.whyUnknown).toBe('nothing-found');
  });
});
