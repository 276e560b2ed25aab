import { contentStems } from '../text/stems';
import type { Language } from '../text/words';

/** A span of text that may carry a quotation, by its content stems in reading order. */
export interface QuotationSpan {
  stems: readonly string[];
}

/** A candidate span paired with a quotation, and how much of the quotation it carries. */
export interface QuotationPairing<Span extends QuotationSpan> {
  span: Span;
  /** Stems of the quotation found in the span in the same order. */
  aligned: number;
  /** `aligned` over the shorter of the two: 1 when one is word for word inside the other. */
  share: number;
}

/** Below this share a span is not the quotation but a text that happens to share words. */
const MINIMUM_SHARE = 0.6;

/** The longest run of stems common to both lists in order, not necessarily contiguous. */
export function alignedStems(first: readonly string[], second: readonly string[]): number {
  if (first.length === 0 || second.length === 0) return 0;
  let previous = new Array<number>(second.length + 1).fill(0);
  for (const stem of first) {
    const current = new Array<number>(second.length + 1).fill(0);
    for (let j = 0; j < second.length; j++) {
      current[j + 1] =
        stem === second[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, current[j]!);
    }
    previous = current;
  }
  return previous[second.length]!;
}

/**
 * The span that best carries a quotation, aligned over the whole quotation: the one matching
 * the most of its stems in order, so a full sentence wins over a two-word fragment that happens
 * to sit inside it; ties go to the span with fewer words besides. Null when no span carries
 * at least 60 % of the shorter side. Reusable for any two texts: quotes across articles, an
 * article's quote against a primary source's post.
 */
export function bestQuotationSpan<Span extends QuotationSpan>(
  quotation: readonly string[],
  spans: readonly Span[],
): QuotationPairing<Span> | null {
  let best: QuotationPairing<Span> | null = null;
  for (const span of spans) {
    const aligned = alignedStems(quotation, span.stems);
    const share = aligned / Math.max(1, Math.min(quotation.length, span.stems.length));
    if (share < MINIMUM_SHARE) continue;
    const better =
      !best ||
      aligned > best.aligned ||
      (aligned === best.aligned && span.stems.length < best.span.stems.length);
    if (better) best = { span, aligned, share };
  }
  return best;
}

/**
 * Character ranges of the words of `text` between `from` and `to` whose stems are in `stems`:
 * the words a compare view marks as shared with the other side. Stop-words between two shared
 * words join them into one mark ("un tel niveau"), so a shared phrase reads as one.
 */
export function matchingWordRanges(
  text: string,
  from: number,
  to: number,
  stems: ReadonlySet<string>,
  language: Language,
): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let joinable = false;
  for (const match of text.slice(from, to).matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = from + match.index;
    const end = start + match[0].length;
    const last = ranges.at(-1);
    const gapIsWordBreak =
      last !== undefined && /^[\s\p{L}\p{N}’',-]*$/u.test(text.slice(last.end, start));
    const [stem] = contentStems(match[0], language);
    if (stem === undefined) {
      joinable &&= gapIsWordBreak;
      continue;
    }
    if (!stems.has(stem)) {
      joinable = false;
      continue;
    }
    if (last && joinable && gapIsWordBreak) last.end = end;
    else ranges.push({ start, end });
    joinable = true;
  }
  return ranges;
}
