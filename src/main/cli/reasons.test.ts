import { describe, expect, it } from 'vitest';
import { evidenceInEnglish, figureReasonInEnglish } from './reasons';

describe('the CLI’s English for reasons and notes given as codes', () => {
  it('words a figure verdict the way the CLI always has', () => {
    expect(
      figureReasonInEnglish({
        code: 'undated',
        first: { text: 'Environ 300 familles', source: 'A' },
        second: { text: 'Quelque 450 familles', source: 'Bee' },
        missing: 'Bee',
        why: { code: 'no-date' },
      }),
    ).toBe(
      '“Environ 300 familles” (A) and “Quelque 450 familles” (Bee) give different numbers, but Bee’s figure has no date (neither its sentence nor its document gives a date), so they may not describe the same moment.',
    );
    const when = { start: '2025-05-02', end: '2025-05-02', basis: 'sentence' as const };
    expect(
      figureReasonInEnglish({
        code: 'same-time',
        first: { text: '40 drones', source: 'A', when: { ...when, words: 'la nuit du 2 mai' } },
        second: {
          text: '55 drones',
          source: 'B',
          when: { ...when, basis: 'published', words: '' },
        },
      }),
    ).toBe(
      '“40 drones” (A) and “55 drones” (B) count the same thing at the same time (dated “la nuit du 2 mai”, 2025-05-02; published 2025-05-02) and their numbers cannot both be right.',
    );
  });

  it('adds English words beside each code of a document’s evidence', () => {
    const worded = evidenceInEnglish({
      outlet: [{ kind: 'url-host', words: 'example.org', notes: [{ code: 'host-not-known' }] }],
      outletUnknown: 'nothing-found',
      date: {
        date: null,
        earliest: null,
        latest: null,
        precision: null,
        basis: null,
        whyUnknown: 'nothing-found',
        evidence: [
          {
            kind: 'body-date',
            words: 'le 13 novembre',
            role: 'after',
            date: '2024-11-13',
            notes: [{ code: 'year-from-evidence', year: 2024 }, { code: 'looks-forward' }],
          },
        ],
      },
    });
    expect(worded.outlet?.[0]?.note).toBe('not in the table of known outlets');
    expect(worded.date?.evidence[0]?.note).toBe(
      'year taken from the other evidence (2024); the text looks forward to it',
    );
    expect(worded.date?.why).toBe('No date in the metadata, the URL or the text.');
    expect(worded.outletWhy).toMatch(/^No site name/);
  });
});
