/** Titles made up this long at most, cut at a word boundary. */
const TITLE_CHARS = 80;

/**
 * A short title made from the text's first sentence, for an article without a headline:
 * the sentence itself when it is short, else its opening words up to a clause break or
 * `TITLE_CHARS`, with an ellipsis.
 */
export function madeUpTitle(text: string): { title: string; sentence: string } | null {
  const first = text.trim().split(/\n/)[0]?.trim();
  if (!first) return null;
  const sentence = (first.match(/^.+?[.!?](?=\s|$)/u)?.[0] ?? first).trim();
  const bare = sentence.replace(/[.!]$/u, '');
  if (bare.length <= TITLE_CHARS) return { title: bare, sentence };
  const clause = bare.slice(0, TITLE_CHARS).match(/^(.{30,}?)[,;:–—](?=\s)/u)?.[1];
  const cut = clause ?? bare.slice(0, TITLE_CHARS).replace(/\s+\S*$/u, '');
  return { title: `${cut.replace(/[\s,;:]+$/u, '')}…`, sentence };
}
