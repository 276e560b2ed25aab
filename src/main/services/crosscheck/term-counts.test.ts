import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { temporaryCorpus } from '../../../../tests/support/temp-corpus';
import { CrosscheckRepository } from '../../db/repositories/crosscheck.repo';
import { TermCounts } from './term-counts';

/** An article of `paragraphs` passages that all name the Brenne, each with a word of its own. */
function article(paragraphs: number, offset = 0): string {
  const body = Array.from(
    { length: paragraphs },
    (_, index) =>
      `Le paragraphe ${index + offset} raconte la crue de la Brenne à Valmont : les habitants du quartier mot${index + offset}x ont quitté leurs maisons pendant la nuit, et la préfecture suit la situation heure par heure.`,
  );
  return [`Crue de la Brenne, épisode ${offset}`, ...body].join('\n\n');
}

describe('word passage counts', () => {
  let corpus: ReturnType<typeof temporaryCorpus>;
  let liveReads: string[][];
  beforeEach(async () => {
    corpus = temporaryCorpus();
    const bytes = Buffer.from(article(60));
    await corpus.handlers['corpus:import']({
      sources: [{ kind: 'bytes', name: 'crue.txt', base64: bytes.toString('base64') }],
    });
    liveReads = [];
    const read = CrosscheckRepository.prototype.passageFrequencies;
    vi.spyOn(CrosscheckRepository.prototype, 'passageFrequencies').mockImplementation(function (
      this: CrosscheckRepository,
      terms,
    ) {
      liveReads.push([...terms]);
      return read.call(this, terms);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    corpus.dispose();
  });
  const live = (terms: string[]) => new CrosscheckRepository(corpus.db).passageFrequencies(terms);

  it('gives the same counts as the vocabulary, common words from one pass and rare ones live', () => {
    const counts = new TermCounts(corpus.db, false);
    counts.finish();
    const terms = ['brenne', 'valmont', 'mot7x', 'absent'];
    const expected = live(terms);
    liveReads = [];
    const found = counts.of(terms);
    expect(found.get('brenne')).toBe(expected.get('brenne'));
    expect(found.get('brenne')).toBeGreaterThanOrEqual(60);
    expect(found.get('mot7x')).toBe(1);
    expect(found.get('absent')).toBe(0);
    // Only the rare and unknown words were counted live; then they are remembered too.
    expect(liveReads).toEqual([['mot7x', 'absent']]);
    counts.of(terms);
    expect(liveReads).toHaveLength(1);
    // The pass steps over stop-words (never weighed, the longest posting lists).
    expect(counts.of(['la']).get('la')).toBe(live(['la']).get('la'));
    expect(liveReads[1]).toEqual(['la']);
  });

  it('counts in the background once the corpus is open, and again when it has grown', async () => {
    const counts = new TermCounts(corpus.db, true);
    // The first call starts the pass (it would otherwise start a few seconds after opening).
    counts.of(['brenne']);
    expect(counts.counting).toBe(true);
    while (counts.counting) await nextTurn();
    liveReads = [];
    const before = counts.of(['valmont']).get('valmont')!;
    expect(liveReads).toEqual([]);

    const more = Buffer.from(article(60, 100));
    await corpus.handlers['corpus:import']({
      sources: [{ kind: 'bytes', name: 'suite.txt', base64: more.toString('base64') }],
    });
    // Counts a twentieth behind the corpus are not used: words are counted live meanwhile.
    const grown = counts.of(['valmont']).get('valmont')!;
    expect(liveReads).toEqual([['valmont']]);
    expect(grown).toBeGreaterThan(before);
    expect(counts.counting).toBe(true);
    while (counts.counting) await nextTurn();
    liveReads = [];
    expect(counts.of(['valmont']).get('valmont')).toBe(grown);
    expect(liveReads).toEqual([]);
    counts.close();
  });
});
