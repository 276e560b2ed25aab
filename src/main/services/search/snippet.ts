import { MATCH_CLOSE, MATCH_OPEN } from '../../db/repositories/search.repo';
import { foldAccents } from '../text/words';

/** Words a snippet shows around its matches, as FTS5's snippet() was asked for. */
const SNIPPET_WORDS = 24;

interface Term {
  word: string;
  prefix: boolean;
}

/** The words of an FTS5 MATCH expression built by `toFtsQuery`: quoted words and phrases. */
function matchTerms(match: string): Term[] {
  const terms: Term[] = [];
  for (const [, quoted, star] of match.matchAll(/"([^"]+)"(\*)?/g)) {
    const words = quoted!.split(' ').filter(Boolean);
    words.forEach((word, index) =>
      terms.push({ word, prefix: star !== undefined && index === words.length - 1 }),
    );
  }
  return terms;
}

/**
 * The passage's best window of words with its matches marked, as FTS5's snippet() makes it.
 * Written here because snippet() can only run inside the MATCH query: asked for the few ranked
 * passages, FTS5 re-expanded a prefix query once per passage (7 s for `"tres"*` at a million
 * passages), and asked in the ranking query, SQLite builds one for every match.
 */
export function snippetFor(text: string, match: string): string {
  const terms = matchTerms(match);
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((token) => {
    const folded = foldAccents(token[0]);
    const start = token.index;
    const matched = terms.some((term) =>
      term.prefix ? folded.startsWith(term.word) : folded === term.word,
    );
    return { start, end: start + token[0].length, matched };
  });
  if (tokens.length === 0) return text;
  // The window holding the most matches (the first such), like FTS5's snippet scoring.
  let best = 0;
  let bestCount = -1;
  for (let start = 0; start <= Math.max(0, tokens.length - SNIPPET_WORDS); start++) {
    const count = tokens
      .slice(start, start + SNIPPET_WORDS)
      .filter((token) => token.matched).length;
    if (count > bestCount) {
      best = start;
      bestCount = count;
    }
  }
  const shown = tokens.slice(best, best + SNIPPET_WORDS);
  let snippet = best > 0 ? '…' : '';
  let cursor = shown[0]!.start;
  for (const token of shown) {
    snippet += text.slice(cursor, token.start);
    const word = text.slice(token.start, token.end);
    snippet += token.matched ? `${MATCH_OPEN}${word}${MATCH_CLOSE}` : word;
    cursor = token.end;
  }
  const last = shown.at(-1)!;
  if (best + SNIPPET_WORDS < tokens.length) return `${snippet}…`;
  return snippet + text.slice(last.end);
}
