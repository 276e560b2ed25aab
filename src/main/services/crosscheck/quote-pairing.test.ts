import { describe, expect, it } from 'vitest';
import { contentStems } from '../text/stems';
import { alignedStems, bestQuotationSpan, matchingWordRanges } from './quote-pairing';

const french = (text: string) => ({ text, stems: contentStems(text, 'fr') });

describe('pairing a quotation with the span that carries it', () => {
  const quotation = contentStems(
    'Nous ne fermerons pas la maternité de Valmont tant que je serai maire. C’est une faute grave et une menace pour toute la vallée.',
    'fr',
  );

  it('prefers the full sentence over a two-word fragment lying inside the quotation', () => {
    const fragment = french('faute grave');
    const sentence = french(
      'Nous ne fermerons pas la maternité de Valmont tant que je serai en poste',
    );
    const unrelated = french('La maternité de Brenne ouvrira une aile neuve');
    const best = bestQuotationSpan(quotation, [fragment, unrelated, sentence]);
    expect(best?.span).toBe(sentence);
    expect(best!.aligned).toBeGreaterThan(alignedStems(quotation, fragment.stems));
  });

  it('pairs nothing when no span carries most of the shorter side', () => {
    expect(
      bestQuotationSpan(quotation, [french('La maternité de Brenne ouvrira une aile neuve')]),
    ).toBeNull();
  });

  it('aligns in order: the same words shuffled count less', () => {
    const inOrder = contentStems('the dam will hold until spring', 'en');
    const shuffled = contentStems('spring until hold will dam the', 'en');
    expect(alignedStems(inOrder, inOrder)).toBe(inOrder.length);
    expect(alignedStems(inOrder, shuffled)).toBeLessThan(inOrder.length);
  });
});

describe('marking the shared words', () => {
  it('marks shared words and joins them over stop-words, not over other words', () => {
    const text = 'Le maire a dit : nous n’avions pas vu un tel niveau depuis 1982, hier soir.';
    const other = new Set(contentStems('Un tel niveau, jamais vu depuis 1982', 'fr'));
    const marked = matchingWordRanges(text, 0, text.length, other, 'fr').map((range) =>
      text.slice(range.start, range.end),
    );
    expect(marked).toEqual(['vu un tel niveau depuis 1982']);
  });
});
