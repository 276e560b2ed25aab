import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, temporaryCorpus } from '../../../../tests/support/temp-corpus';
import { NearestPassages } from '../search/nearest';
import { SimilarService } from './similar.service';

/** Four short articles from different outlets on one flood, one of them on another subject. */
const articles = {
  probe:
    'Crue de la Sarlière\n\nLe maire de Montbrac, Hélène Dauvray, a fait évacuer 240 habitants ' +
    'du quartier des Tanneurs mardi soir : « Nous ne prendrons aucun risque avec la digue ».',
  sameQuote:
    'Montbrac sous les eaux\n\nHélène Dauvray a ordonné l’évacuation de 240 riverains des ' +
    'Tanneurs. « Nous ne prendrons aucun risque avec la digue », a-t-elle déclaré.',
  sameNames:
    'La Sarlière déborde\n\nÀ Montbrac, le quartier des Tanneurs a été évacué par précaution, ' +
    'la digue étant jugée fragile par les services de la préfecture.',
  other:
    'Marché de Noël\n\nLe marché de Noël de Montbrac ouvrira ses portes samedi avec quarante ' +
    'exposants et une patinoire sur la place centrale.',
};

describe('similar passages', () => {
  let corpus: ReturnType<typeof temporaryCorpus>;
  let passageOf = new Map<string, number>();

  beforeAll(async () => {
    corpus = temporaryCorpus();
    passageOf = await importTexts(corpus, articles);
  });
  afterAll(() => corpus.dispose());

  const similar = (limit: number) =>
    new SimilarService(corpus.db, new NearestPassages(corpus.db, null), corpus.termCounts).similar(
      passageOf.get('probe')!,
      limit,
    );

  it('spells out the hits shown with every reason, the shared words among them', () => {
    const [first] = similar(3);
    expect(first!.passageId).toBe(passageOf.get('sameQuote'));
    const kinds = first!.reasons.map((reason) => reason.kind);
    expect(kinds).toEqual(expect.arrayContaining(['quote', 'names', 'numbers', 'terms']));
    const terms = first!.reasons.find((reason) => reason.kind === 'terms');
    expect(terms).toMatchObject({ terms: expect.arrayContaining(['dauvray']) });
  });

  it('gives the same first hits, with the same reasons, whatever the limit', () => {
    const three = similar(3);
    expect(three.length).toBeGreaterThanOrEqual(2);
    expect(similar(1)).toEqual(three.slice(0, 1));
    expect(similar(2)).toEqual(three.slice(0, 2));
  });
});
