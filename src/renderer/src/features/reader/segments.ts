/** A span of a document's clean text to mark in the reader: a highlight or a find match. */
export interface MarkRange {
  start: number;
  end: number;
}

/** A run of a passage's text and what marks cover it. */
export interface TextPiece {
  start: number;
  end: number;
  /** Ids of the highlights covering this run, earliest-created first. */
  highlightIds: number[];
  /** Index of the find match covering this run, or null. */
  matchIndex: number | null;
}

/**
 * Cuts the text span [from, to) at every highlight and find-match boundary inside it, so each
 * piece renders as one element and the rendered text stays exactly the passage's text (the
 * reader maps DOM selections back to offsets by counting characters).
 */
export function splitPieces(
  from: number,
  to: number,
  highlights: readonly (MarkRange & { id: number })[],
  matches: readonly MarkRange[],
): TextPiece[] {
  const inside = (range: MarkRange) => range.end > from && range.start < to;
  const covering = highlights.filter(inside);
  const matchList = matches.map((range, index) => ({ ...range, index })).filter(inside);
  const cuts = new Set([from, to]);
  for (const range of [...covering, ...matchList]) {
    cuts.add(Math.max(from, range.start));
    cuts.add(Math.min(to, range.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index]!;
    const end = points[index + 1]!;
    const covers = (range: MarkRange) => range.start <= start && range.end >= end;
    pieces.push({
      start,
      end,
      highlightIds: covering.filter(covers).map((range) => range.id),
      matchIndex: matchList.find(covers)?.index ?? null,
    });
  }
  return pieces;
}

/** Folds one character for find: lower case, accents removed, one character in, one out. */
function foldCharacter(character: string): string {
  const folded = character.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.length === 1 ? folded : character.toLowerCase().slice(0, 1) || character;
}

// Folding a megabyte character by character calls normalize() a million times; texts use few
// distinct characters, so each one is folded once.
const foldedCharacters = new Map<string, string>();

/**
 * Folds text for find-in-document so "desarroi" finds "désarroi". Folding is done character by
 * character so the folded text has the same length and offsets as the original.
 */
export function foldForFind(text: string): string {
  const fold = (character: string) => {
    let folded = foldedCharacters.get(character);
    if (folded === undefined) {
      folded = foldCharacter(character);
      foldedCharacters.set(character, folded);
    }
    return folded;
  };
  const lower = text.toLowerCase();
  // Lower-casing keeps the length for nearly every text; when it does not (a rare letter such
  // as "İ"), fall back to folding each character of the original.
  if (lower.length !== text.length) return text.split('').map(fold).join('');
  return lower.replace(/[^ -~]/g, fold);
}

/** Most find matches drawn at once; a one-letter query in a long text stops there. */
export const MAX_FIND_MATCHES = 5000;

/** Every place `query` occurs in the folded text, as offsets into the original. */
export function findMatches(foldedText: string, query: string): MarkRange[] {
  const needle = foldForFind(query.trim());
  if (needle.length === 0) return [];
  const found: MarkRange[] = [];
  for (
    let index = foldedText.indexOf(needle);
    index !== -1 && found.length < MAX_FIND_MATCHES;
    index = foldedText.indexOf(needle, index + needle.length)
  ) {
    found.push({ start: index, end: index + needle.length });
  }
  return found;
}

/**
 * French typography for display: a space before « » : ; ! ? (and after «) becomes a
 * non-breaking one so the mark never starts a line; narrow no-break spaces already in the text
 * are kept. One character replaces one, so offsets into the clean text still hold.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/ (?=[:»])/g, '\u00a0')
    .replace(/ (?=[;!?])/g, '\u202f')
    .replace(/« /g, '«\u00a0');
}
