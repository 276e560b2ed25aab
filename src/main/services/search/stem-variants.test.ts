import { describe, expect, it } from 'vitest';
import { stemVariants, type VocabularyRange } from './stem-variants';

/** A vocabulary as FTS5 keeps it: folded words in order. */
function vocabulary(words: string[]): VocabularyRange {
  const sorted = [...words].sort();
  return (from, to, limit) =>
    sorted
      .filter((term) => term >= from && term < to)
      .slice(0, limit)
      .map((term) => ({ term, doc: 1 }));
}

describe('stemVariants', () => {
  const words = vocabulary([
    'missile',
    'missiles',
    'missionnaire',
    'tue',
    'tues',
    'tuee',
    'tuer',
    'tube',
    'tunnel',
    'soldat',
    'soldats',
    'solde',
    'killed',
    'killing',
    'kill',
  ]);

  it('finds French and English inflections sharing the stem, and not other words', () => {
    expect(stemVariants('missiles', words).sort()).toEqual(['missile', 'missiles']);
    expect(stemVariants('soldat', words).sort()).toEqual(['soldat', 'soldats']);
    expect(stemVariants('tues', words)).toEqual(expect.arrayContaining(['tue', 'tues', 'tuee']));
    expect(stemVariants('tues', words)).not.toContain('tube');
    expect(stemVariants('killed', words).sort()).toEqual(['kill', 'killed', 'killing']);
  });

  it('leaves numbers and very short words alone', () => {
    expect(stemVariants('2024', words)).toEqual(['2024']);
    expect(stemVariants('tu', words)).toEqual(['tu']);
  });
});
