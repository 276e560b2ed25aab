/** A span of the document text that becomes one passage. */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

/** Paragraphs longer than this are split at sentence boundaries. */
export const MAX_PASSAGE_CHARS = 1200;
/** Sentence groups are filled up to about this length when a paragraph is split. */
export const TARGET_PASSAGE_CHARS = 700;

/**
 * Splits clean text into passages: one per paragraph (blank-line separated, or one per line
 * when the text has no blank lines), long paragraphs cut between sentences. Offsets index the
 * text exactly, so `text.slice(start, end) === segment.text`.
 */
export function segment(text: string, language = 'fr'): Segment[] {
  const separator = /\n[ \t]*\n/.test(text) ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  const segments: Segment[] = [];
  let cursor = 0;
  for (const match of text.matchAll(separator)) {
    pushParagraph(text, cursor, match.index, language, segments);
    cursor = match.index + match[0].length;
  }
  pushParagraph(text, cursor, text.length, language, segments);
  return segments;
}

function pushParagraph(
  text: string,
  from: number,
  to: number,
  language: string,
  out: Segment[],
): void {
  const span = trimSpan(text, from, to);
  if (!span) return;
  if (span.end - span.start <= MAX_PASSAGE_CHARS) {
    out.push({ ...span, text: text.slice(span.start, span.end) });
    return;
  }
  // Intl.Segmenter knows sentence boundaries per locale (abbreviations, quotes, ellipses).
  const sentences = new Intl.Segmenter(language, { granularity: 'sentence' }).segment(
    text.slice(span.start, span.end),
  );
  let groupStart = span.start;
  let groupEnd = span.start;
  for (const sentence of sentences) {
    const sentenceEnd = span.start + sentence.index + sentence.segment.length;
    const cutAllowed = !endsWithAbbreviation(text.slice(groupStart, groupEnd));
    if (cutAllowed && groupEnd > groupStart && sentenceEnd - groupStart > TARGET_PASSAGE_CHARS) {
      pushSpan(text, groupStart, groupEnd, out);
      groupStart = groupEnd;
    }
    groupEnd = sentenceEnd;
  }
  pushSpan(text, groupStart, groupEnd, out);
}

// V8's Intl.Segmenter has no abbreviation suppressions, so "M. Dupont" would end a sentence
// after "M.": never cut after a title abbreviation or a single initial.
const ABBREVIATION =
  /(?:^|[\s(])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste|Mr|Mrs|Ms|Prof|Gen|Gén|Sen|Rep|Gov|Lt|Col|Capt|No|n°|p|cf|etc|vs|\p{Lu})\.\s*$/u;

function endsWithAbbreviation(text: string): boolean {
  return ABBREVIATION.test(text);
}

function pushSpan(text: string, from: number, to: number, out: Segment[]): void {
  const span = trimSpan(text, from, to);
  if (span) out.push({ ...span, text: text.slice(span.start, span.end) });
}

function trimSpan(text: string, from: number, to: number): { start: number; end: number } | null {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
