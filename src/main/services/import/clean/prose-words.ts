/**
 * Words that tell page furniture from article text across sites: "newsletter", "abonnez",
 * "kommentare", a block opening with "lire aussi" or "read more". Block shape and stop-words
 * (prose-features.ts) cannot see them; a related headline reads like prose until its words are
 * weighed.
 *
 * A lexicon holds, per language and word, the log-odds that a block holding it is article
 * rather than not, learnt from the labelled blocks of the extraction development set
 * (bench/prose-lexicon-train.ts). Words are counted by page (a word one page repeats counts
 * once), a word on a single page is dropped and each weight is shrunk by how few pages back
 * it, so one page's topic words weigh nothing. Only furniture cues are kept, and a word the
 * lexicon does not know counts as nothing either way: prose in a language the set holds little
 * of reads as neutral, not as doubtful (a model over every word made French prose doubtful).
 */
export interface WordLexicon {
  /**
   * "language:word" → log-odds of article over not, all negative: furniture cues only, each
   * learnt on and used for pages of one language ("fra:abonnez"; a Map, so a word such as
   * "constructor" is just a word).
   */
  words: ReadonlyMap<string, number>;
  /** "language:" and a block's first word or first two words ("fra:^lire aussi") → log-odds. */
  openings: ReadonlyMap<string, number>;
}

/** The names of the columns wordFeatures adds, in order. */
export const WORD_FEATURE_NAMES = [
  'words: furniture evidence (sum of cue weights / √ cue words)',
  'words: strongest furniture cue',
  'words: share of its words that are furniture cues',
  'words: opening words',
] as const;

/** A block's lowercased words, in order (letters only; digits and signs carry no site cue). */
const wordsIn = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** A block's distinct lowercased words. */
export function blockWords(text: string): string[] {
  return [...new Set(wordsIn(text))];
}

/** A block's opening keys: its first word and its first two words, marked with "^". */
export function blockOpenings(text: string): string[] {
  return openingsOf(wordsIn(text));
}

function openingsOf(words: readonly string[]): string[] {
  if (words.length === 0) return [];
  return words.length > 1 ? [`^${words[0]}`, `^${words[0]} ${words[1]}`] : [`^${words[0]}`];
}

/** One language's cues without their "language:" prefix, made once per lexicon and language. */
const byLanguage = new WeakMap<WordLexicon, Map<string, WordLexicon>>();
function cuesOf(lexicon: WordLexicon, language: string): WordLexicon {
  let languages = byLanguage.get(lexicon);
  if (!languages) byLanguage.set(lexicon, (languages = new Map()));
  let cues = languages.get(language);
  if (!cues) {
    const prefix = `${language}:`;
    const strip = (table: ReadonlyMap<string, number>) =>
      new Map(
        [...table]
          .filter(([key]) => key.startsWith(prefix))
          .map(([key, weight]) => [key.slice(prefix.length), weight]),
      );
    cues = { words: strip(lexicon.words), openings: strip(lexicon.openings) };
    languages.set(language, cues);
  }
  return cues;
}

/**
 * The lexicon's columns for each block, appended to prose-features' rows. `language` is the
 * page's stop-word language ("fra", stop-words.ts): a cue counts only on pages of the language
 * it was learnt in; a page of no known language has no cues.
 */
export function wordFeatures(
  texts: readonly string[],
  lexicon: WordLexicon,
  language: string,
): number[][] {
  const cues = cuesOf(lexicon, language || '-');
  return texts.map((text) => {
    const all = wordsIn(text);
    const words = new Set(all);
    let sum = 0;
    let known = 0; // furniture cues among the block's words
    let lowest = 0;
    for (const word of words) {
      const weight = cues.words.get(word);
      if (weight === undefined) continue;
      known++;
      sum += weight;
      lowest = Math.min(lowest, weight);
    }
    // The two-word opening is the more specific cue when the lexicon knows it.
    const [first, pair] = openingsOf(all);
    const opening =
      (pair === undefined ? undefined : cues.openings.get(pair)) ??
      (first === undefined ? undefined : cues.openings.get(first)) ??
      0;
    return [
      known ? sum / Math.sqrt(known) : 0,
      lowest,
      words.size ? known / words.size : 0,
      opening,
    ];
  });
}
