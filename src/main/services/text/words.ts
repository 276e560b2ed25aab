import { eng, fra } from 'stopword';

/** Removes diacritics and lowercases: "Désarroi" → "desarroi" (the FTS5 tokenizer folds alike). */
export function foldAccents(text: string): string {
  // Most words are plain ASCII, which has nothing to fold: only lowercased (the same result,
  // without decomposing the text first).
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

// Printable ASCII, tabs and line ends; text with any other character takes the full path.
const ASCII = /^[\t\n\r -~]*$/;

/** Splits text into lowercase words of letters and digits (apostrophes and hyphens split). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

const frenchStopWords = new Set(fra.map(foldAccents));
const englishStopWords = new Set(eng.map(foldAccents));
// Elided articles and pronouns ("l'", "d'", "qu'") leave one- or two-letter words behind.
const fragments = ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'y', 'a', 'the', 's'];
const allStopWords = new Set([...frenchStopWords, ...englishStopWords, ...fragments]);

/** Every stop-word, accent-folded, in no particular order. */
export function stopWords(): Iterable<string> {
  return allStopWords;
}

/** Whether a folded word is a French or English stop-word. */
export function isStopWord(foldedWord: string): boolean {
  return allStopWords.has(foldedWord);
}

/** The languages Recoupe can tell apart and stem. */
export type Language = 'fr' | 'en';

/**
 * Guesses French or English from stop-word frequencies: reliable on a paragraph or more, which
 * is all the import needs; returns null when neither language's stop-words show up.
 */
export function detectLanguage(text: string): Language | null {
  let french = 0;
  let english = 0;
  for (const word of words(text.slice(0, 20_000))) {
    const folded = foldAccents(word);
    if (frenchStopWords.has(folded)) french++;
    if (englishStopWords.has(folded)) english++;
  }
  if (french + english < 3) return null;
  return french >= english ? 'fr' : 'en';
}
