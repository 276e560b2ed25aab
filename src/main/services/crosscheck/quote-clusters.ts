import type { QuoteCluster, SourceRef } from '../../../shared/crosscheck';
import type { Passage } from '../../../shared/domain';
import type { StoredQuote } from '../../db/repositories/crosscheck.repo';
import { stemLanguage } from '../text/stems';
import { bestQuotationSpan, matchingWordRanges } from './quote-pairing';

type QuoteEntry = QuoteCluster['sources'][number];

const stemList = (quote: StoredQuote) => quote.stems.split(' ').filter(Boolean);

/**
 * One entry per document for a group of quotes: the span that best carries the group's
 * longest version, aligned over all of it (L'Express's own "Je peux confirmer…" sentence, not
 * its two-word fragment), with the document's other fragments merged into its text; the words
 * shared with the other documents are marked in its passage.
 */
export function quoteEntries(
  members: readonly StoredQuote[],
  source: (quote: StoredQuote) => SourceRef,
  passagesOf: (documentId: number) => readonly Passage[],
): QuoteEntry[] {
  const reference = stemList(members.reduce((a, b) => (b.text.length > a.text.length ? b : a)));
  const byDocument = new Map<number, StoredQuote[]>();
  for (const member of members) {
    const list = byDocument.get(member.documentId);
    if (list) list.push(member);
    else byDocument.set(member.documentId, [member]);
  }
  const chosen = [...byDocument.values()].map((quotes) => {
    const spans = quotes.map((quote) => ({ quote, stems: stemList(quote) }));
    const best = bestQuotationSpan(reference, spans)?.span.quote ?? quotes[0]!;
    const inOrder = [...quotes].sort((a, b) => a.start - b.start);
    // A fragment lying inside another of the same document adds nothing to read.
    const fragments = inOrder.filter(
      (quote) =>
        !inOrder.some(
          (other) =>
            other !== quote &&
            other.start <= quote.start &&
            other.end >= quote.end &&
            other.end - other.start > quote.end - quote.start,
        ),
    );
    return { best, fragments };
  });
  return chosen.map(({ best, fragments }, index) => {
    const others = new Set(
      chosen.flatMap((other, at) => (at === index ? [] : other.fragments.flatMap(stemList))),
    );
    const language = stemLanguage(best.passageText, best.language);
    // Marks in document offsets first: a long quotation may run over into the next passage,
    // and the passage shown is the one holding most of the shared words.
    const marks = fragments.flatMap((fragment) =>
      matchingWordRanges(fragment.text, 0, fragment.text.length, others, language).map((range) => ({
        start: fragment.start + range.start,
        end: fragment.start + range.end,
      })),
    );
    const passages = passagesOf(best.documentId);
    const holding = (passage: Passage) =>
      marks.filter((mark) => mark.start >= passage.start && mark.end <= passage.end).length;
    const shown =
      passages.reduce<Passage | null>(
        (chosenPassage, passage) =>
          holding(passage) > (chosenPassage ? holding(chosenPassage) : 0) ? passage : chosenPassage,
        null,
      ) ?? passages.find((passage) => passage.id === best.passageId);
    const text = [...new Set(fragments.map((fragment) => fragment.text))].join(' … ');
    const speaker = best.speaker ?? fragments.find((fragment) => fragment.speaker)?.speaker ?? null;
    const entry = { ...source(best), text, speaker };
    if (!shown) return entry;
    return {
      ...entry,
      passageId: shown.id,
      ordinal: shown.ordinal,
      passageText: shown.text,
      marks: marks
        .filter((mark) => mark.start >= shown.start && mark.end <= shown.end)
        .map((mark) => ({ start: mark.start - shown.start, end: mark.end - shown.start })),
    };
  });
}
