import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importTexts, temporaryCorpus } from '../../../../tests/support/temp-corpus';
import { NearestPassages } from '../search/nearest';
import { DEFAULT_PARAPHRASE, SimilarService } from './similar.service';

/** Three short articles: the probe, the same count in other words, and the same names with another count. */
const articles = {
  probe:
    'Vergnac : le bilan\n\nQuatorze voyageurs du TER de Vergnac ont été blessés dimanche matin.',
  sameFact:
    'Accident ferroviaire\n\nÀ Vergnac, le bilan fait état de 14 personnes touchées, deux gravement.',
  otherFact:
    'La ligne de Vergnac\n\nLa gare de Vergnac accueille 3 200 voyageurs par jour, selon la compagnie.',
};

describe('Other sources with numbers aligned', () => {
  let corpus: ReturnType<typeof temporaryCorpus>;
  let passageOf = new Map<string, number>();

  beforeEach(async () => {
    corpus = temporaryCorpus();
    passageOf = await importTexts(corpus, articles);
  });
  afterEach(() => corpus.dispose());

  const similar = (numbers: number) =>
    new SimilarService(corpus.db, new NearestPassages(corpus.db, null), corpus.termCounts, {
      numbers,
    }).similar(passageOf.get('probe')!, 3);

  it('ranks "14 personnes" first for "Quatorze voyageurs", saying which number they share', () => {
    const [first, second] = similar(DEFAULT_PARAPHRASE.numbers);
    expect(first!.passageId).toBe(passageOf.get('sameFact'));
    expect(first!.reasons).toContainEqual({ kind: 'numbers', values: [14] });
    // Same names and words, another count: ranked below, and no number given as a reason.
    expect(second!.passageId).toBe(passageOf.get('otherFact'));
    expect(second!.reasons.some((reason) => reason.kind === 'numbers')).toBe(false);
  });

  it('without the signal, the passage sharing names and words but not the fact ranks first', () => {
    const [first] = similar(0);
    expect(first!.passageId).toBe(passageOf.get('otherFact'));
    expect(first!.reasons.some((reason) => reason.kind === 'numbers')).toBe(false);
  });
});
