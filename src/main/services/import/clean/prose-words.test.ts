import { describe, expect, it } from 'vitest';
import { PROSE_LEXICON } from './prose-lexicon';
import { blockOpenings, blockWords, wordFeatures, WORD_FEATURE_NAMES } from './prose-words';

const lexicon = {
  words: new Map([
    ['fra:newsletter', -2],
    ['pol:newsletter', -2.5],
    ['fra:abonnez', -1],
    ['deu:infos', -1.4],
  ]),
  openings: new Map([
    ['fra:^lire', -0.5],
    ['fra:^lire aussi', -1.5],
  ]),
};

describe('furniture words', () => {
  it('reads a block without cue words as neutral, whatever its language', () => {
    const [french, unknown] = wordFeatures(
      [
        'Les dockers ont cessé le travail dans la nuit, selon la direction du port.',
        '東京都は二十日、新たに感染者を確認したと発表した。',
      ],
      lexicon,
      'fra',
    );
    expect(french).toEqual([0, 0, 0, 0]);
    expect(unknown).toEqual([0, 0, 0, 0]);
  });

  it('weighs the cue words a block holds and its opening words', () => {
    const [promo, related] = wordFeatures(
      ['Abonnez-vous à la newsletter', 'Lire aussi : la digue a cédé'],
      lexicon,
      'fra',
    );
    expect(promo).toHaveLength(WORD_FEATURE_NAMES.length);
    expect(promo![0]).toBeCloseTo(-3 / Math.sqrt(2));
    expect(promo![1]).toBe(-2);
    expect(promo![2]).toBeCloseTo(2 / 5);
    // The two-word opening is preferred to the one-word one when the lexicon knows it.
    expect(related![3]).toBe(-1.5);
  });

  it('splits words by letters and lower case, once each; a word like "constructor" is a word', () => {
    expect(blockWords('Lire la suite — LIRE la SUITE 2024')).toEqual(['lire', 'la', 'suite']);
    expect(blockOpenings('« Read more »')).toEqual(['^read', '^read more']);
    expect(blockOpenings('…')).toEqual([]);
    expect(wordFeatures(['constructor toString __proto__'], lexicon, 'eng')[0]).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it('counts a cue learnt in one language only on pages of that language', () => {
    const summary = 'Les infos à retenir :';
    expect(wordFeatures([summary], lexicon, 'fra')[0]![1]).toBe(0);
    expect(wordFeatures(['Weitere Infos'], lexicon, 'deu')[0]![1]).toBe(-1.4);
    expect(wordFeatures(['Newsletter'], lexicon, 'pol')[0]![1]).toBe(-2.5);
    expect(wordFeatures(['Newsletter'], lexicon, 'eng')[0]![1]).toBe(0);
    expect(wordFeatures(['Newsletter'], lexicon, '')[0]![1]).toBe(0);
  });

  it('ships furniture cues only: no word makes a block more likely article', () => {
    expect(PROSE_LEXICON.words.size).toBeGreaterThan(50);
    for (const weight of [...PROSE_LEXICON.words.values(), ...PROSE_LEXICON.openings.values()])
      expect(weight).toBeLessThan(0);
  });
});
