import { contentStems } from '../text/stems';

/** Longest vocabulary stretch read per query word: bounds the cost of a short stem ("tu"). */
const MAX_SCANNED_TERMS = 3000;
/** Variants kept per word, the most widespread first. */
const MAX_VARIANTS = 12;
/** Inflections add a few letters at most ("tu" → "tuees"): longer words are other words. */
const MAX_EXTRA_LETTERS = 4;

/** Reads the full-text vocabulary: terms from `from` (inclusive) to `to` (exclusive), with passage counts. */
export type VocabularyRange = (
  from: string,
  to: string,
  limit: number,
) => { term: string; doc: number }[];

const stemsOf = (word: string) => [contentStems(word, 'fr')[0], contentStems(word, 'en')[0]];

/**
 * Folded feminine participles keep an "e" the stemmer would have dropped with the accent
 * ("tuée" → "tuee" → "tue", "tué" → "tu"): they are the same word.
 */
function feminine(term: string, termStem: string | undefined, stem: string): boolean {
  return /ees?$/.test(term) && termStem === `${stem}e`;
}

/**
 * The indexed words that share a folded word's French or English Snowball stem: "missile" →
 * "missiles", "tue" → "tues", "tuee"… (the word itself included when indexed). Read from the
 * FTS5 vocabulary in the range of the stem's common prefix with the word, so a search finds
 * every inflection without a second, stemmed index. Numbers and short words are left alone.
 */
export function stemVariants(word: string, vocabulary: VocabularyRange): string[] {
  if (word.length < 3 || /^\p{N}+$/u.test(word)) return [word];
  const [french, english] = stemsOf(word);
  if (french === undefined && english === undefined) return [word];
  let prefix = word;
  for (const stem of [french, english]) {
    if (stem === undefined) continue;
    let shared = 0;
    while (shared < stem.length && stem[shared] === prefix[shared]) shared++;
    prefix = prefix.slice(0, shared);
  }
  if (prefix.length < 2) return [word];
  const candidates = vocabulary(prefix, `${prefix}\u{10FFFF}`, MAX_SCANNED_TERMS).filter(
    ({ term }) => term.length <= word.length + MAX_EXTRA_LETTERS,
  );
  const variants = candidates
    .filter(({ term }) => {
      const [termFrench, termEnglish] = stemsOf(term);
      return (
        (french !== undefined && (termFrench === french || feminine(term, termFrench, french))) ||
        (english !== undefined && termEnglish === english)
      );
    })
    .sort((a, b) => b.doc - a.doc)
    .slice(0, MAX_VARIANTS)
    .map(({ term }) => term);
  return [word, ...variants.filter((term) => term !== word)];
}
