import type { PassageSpan } from '../../../shared/document-content';
import { contentStems, stemLanguage } from '../text/stems';
import { extractFigures, type FoundFigure } from './figures';
import { fingerprint, type Fingerprint } from './fingerprint';
import { extractQuotes, type FoundQuote } from './quotes';

/** Content stems this many characters either side of a figure say what it is about. */
const CONTEXT_CHARS = 90;

/** A document's quotes, figures and fingerprint, passages named by ordinal, ready to store. */
export interface CrosscheckRows {
  quotes: (FoundQuote & { passageOrdinal: number; stems: string })[];
  /** Offsets count in the document's text. */
  figures: (FoundFigure & { passageOrdinal: number; context: string })[];
  fingerprint: Fingerprint;
}

/**
 * What cross-checking keeps of a document: a pure function of its text, language and passages,
 * so the import computes it on its worker and the transaction only inserts the rows.
 */
export function crosscheckRows(document: {
  text: string;
  language: string | null;
  passages: readonly PassageSpan[];
}): CrosscheckRows {
  const language = stemLanguage(document.text, document.language);
  // Quotes are found in the whole text: one may run over a paragraph break. One starting
  // between passages belongs to the next one.
  const quotes = extractQuotes(document.text).flatMap((quote) => {
    const passage = document.passages.find((candidate) => candidate.end > quote.start);
    if (!passage) return [];
    const stems = contentStems(quote.text, language).join(' ');
    return [{ ...quote, passageOrdinal: passage.ordinal, stems }];
  });
  const figures = document.passages.flatMap((passage) =>
    extractFigures(passage.text).map((figure) => {
      const around = passage.text.slice(
        Math.max(0, figure.start - CONTEXT_CHARS),
        figure.end + CONTEXT_CHARS,
      );
      return {
        ...figure,
        passageOrdinal: passage.ordinal,
        start: passage.start + figure.start,
        end: passage.start + figure.end,
        context: contentStems(around, language).join(' '),
      };
    }),
  );
  return { quotes, figures, fingerprint: fingerprint(document.text) };
}
