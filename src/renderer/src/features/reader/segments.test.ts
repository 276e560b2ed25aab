import { describe, expect, it } from 'vitest';
import { findMatches, foldForFind, frenchSpacing, splitPieces } from './segments';

describe('splitPieces', () => {
  it('cuts a passage at highlight and match edges, clipped to the passage', () => {
    const pieces = splitPieces(
      10,
      30,
      [
        { id: 1, start: 5, end: 15 },
        { id: 2, start: 12, end: 20 },
      ],
      [{ start: 18, end: 40 }],
    );
    expect(pieces).toEqual([
      { start: 10, end: 12, highlightIds: [1], matchIndex: null },
      { start: 12, end: 15, highlightIds: [1, 2], matchIndex: null },
      { start: 15, end: 18, highlightIds: [2], matchIndex: null },
      { start: 18, end: 20, highlightIds: [2], matchIndex: 0 },
      { start: 20, end: 30, highlightIds: [], matchIndex: 0 },
    ]);
  });

  it('leaves a passage without marks whole', () => {
    expect(splitPieces(0, 9, [{ id: 1, start: 20, end: 25 }], [])).toEqual([
      { start: 0, end: 9, highlightIds: [], matchIndex: null },
    ]);
  });
});

describe('find in document', () => {
  it('ignores case and accents while keeping offsets', () => {
    const text = 'Le Désarroi des habitants. Un désarroi profond.';
    const folded = foldForFind(text);
    expect(folded).toHaveLength(text.length);
    const matches = findMatches(folded, 'desarroi');
    expect(matches.map((match) => text.slice(match.start, match.end))).toEqual([
      'Désarroi',
      'désarroi',
    ]);
    expect(findMatches(folded, '   ')).toEqual([]);
    const turkish = 'İstanbul, désarroi 😀 ici';
    expect(foldForFind(turkish)).toHaveLength(turkish.length);
    expect(findMatches(foldForFind(turkish), 'ICI')).toEqual([{ start: 22, end: 25 }]);
  });
});

describe('frenchSpacing', () => {
  it('makes the spaces around « » : ; ! ? non-breaking without changing the length', () => {
    const text = '« Nous partons », dit-elle : pourquoi ? Vite ; allez !';
    const spaced = frenchSpacing(text);
    expect(spaced).toHaveLength(text.length);
    expect(spaced).toBe(
      '«\u00a0Nous partons\u00a0», dit-elle\u00a0: pourquoi\u202f? Vite\u202f; allez\u202f!',
    );
  });
});
