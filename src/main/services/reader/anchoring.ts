import search from 'approx-string-match';
import type { AnchorStatus, TextAnchor } from '../../../shared/highlights';

/** How many characters of context the quote selector keeps on each side. */
export const CONTEXT_CHARS = 32;

/** Where an anchor lands in a text: its status and its current offsets. */
export interface Resolution {
  status: AnchorStatus;
  start: number;
  end: number;
}

/**
 * Describes `text[start, end)` as W3C Web Annotation selectors: a TextQuoteSelector (exact,
 * prefix, suffix) and a TextPositionSelector (start, end) into the same text.
 */
export function describeRange(text: string, start: number, end: number): TextAnchor {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    start,
    end,
  };
}

/**
 * Finds an anchor again in a (possibly changed) text, the way Hypothesis re-anchors: the same
 * place if the quote is still there; else the occurrence of the quote whose context and position
 * fit best (so a phrase found twice stays on the occurrence the user chose); else the closest
 * approximate match of the quote (edited nearby); else orphaned, keeping the old offsets so the
 * highlight can be listed with its quote.
 */
export function resolveAnchor(anchor: TextAnchor, text: string): Resolution {
  const { exact } = anchor;
  if (exact.length === 0) return { status: 'orphaned', start: anchor.start, end: anchor.end };
  if (text.slice(anchor.start, anchor.end) === exact) {
    return { status: 'anchored', start: anchor.start, end: anchor.end };
  }
  const exactMatches = occurrences(text, exact).map((start) => ({
    start,
    end: start + exact.length,
    errors: 0,
  }));
  if (exactMatches.length > 0) return { status: 'moved', ...best(exactMatches, anchor, text) };
  // Short quotes match approximately almost anywhere: only longer ones get a fuzzy search.
  if (exact.length < 8) return { status: 'orphaned', start: anchor.start, end: anchor.end };
  // A third of the quote may change (Hypothesis allows half; a third keeps false matches rarer).
  const maxErrors = Math.min(256, Math.floor(exact.length / 3));
  const fuzzy = search(text, exact, maxErrors);
  if (fuzzy.length === 0) return { status: 'orphaned', start: anchor.start, end: anchor.end };
  return { status: 'edited', ...best(fuzzy, anchor, text) };
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let index = text.indexOf(exact); index !== -1; index = text.indexOf(exact, index + 1)) {
    found.push(index);
  }
  return found;
}

// Weights from Hypothesis's match-quote: the quote matters most, then its context, and the old
// position only breaks ties between otherwise equal candidates.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;

function best(candidates: Candidate[], anchor: TextAnchor, text: string): Candidate {
  let chosen = candidates[0]!;
  let chosenScore = -Infinity;
  for (const candidate of candidates) {
    const quote = 1 - candidate.errors / anchor.exact.length;
    const prefix = similarity(
      text.slice(Math.max(0, candidate.start - anchor.prefix.length), candidate.start),
      anchor.prefix,
    );
    const suffix = similarity(
      text.slice(candidate.end, candidate.end + anchor.suffix.length),
      anchor.suffix,
    );
    const position = 1 - Math.abs(candidate.start - anchor.start) / Math.max(1, text.length);
    const score =
      QUOTE_WEIGHT * quote + CONTEXT_WEIGHT * (prefix + suffix) + POSITION_WEIGHT * position;
    if (score > chosenScore) {
      chosen = candidate;
      chosenScore = score;
    }
  }
  return chosen;
}

/** 1 when `found` holds `wanted` exactly, falling towards 0 with each edit needed. */
function similarity(found: string, wanted: string): number {
  if (wanted.length === 0) return 1;
  if (found.length === 0) return 0;
  const matches = search(found, wanted, wanted.length);
  const errors = matches.length === 0 ? wanted.length : Math.min(...matches.map((m) => m.errors));
  return 1 - errors / wanted.length;
}
