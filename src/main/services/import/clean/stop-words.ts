import * as stopword from 'stopword';

/**
 * Stop-word lists of the languages written with spaces between words. Prose is made of them
 * ("the", "und", "de"); menus, link lists, bylines and dates have few. Lists differ in length
 * from one language to another, so densities are only compared within one page. The order is
 * part of the prose model: a language's index is its bit in LANGUAGES_OF and breaks ties in
 * pageStopWords, so append new languages at the end and retrain.
 */
const LANGUAGES = [
  'afr',
  'bul',
  'cat',
  'ces',
  'dan',
  'deu',
  'ell',
  'eng',
  'est',
  'fin',
  'fra',
  'glg',
  'hrv',
  'hun',
  'ind',
  'ita',
  'lav',
  'lit',
  'nld',
  'nob',
  'pol',
  'por',
  'ron',
  'rus',
  'slk',
  'slv',
  'spa',
  'swe',
  'tur',
  'ukr',
] as const;
const LISTS: readonly (readonly string[])[] = LANGUAGES.map((code) => stopword[code]);
/** Each stop-word with one bit per language it belongs to: one lookup a word for all lists. */
const LANGUAGES_OF = new Map<string, number>();
LISTS.forEach((list, index) => {
  for (const word of list) {
    const folded = word.toLowerCase();
    LANGUAGES_OF.set(folded, (LANGUAGES_OF.get(folded) ?? 0) | (1 << index));
  }
});

export const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** A page's language as a stop-word list: a bit of LANGUAGES_OF, or 0 when no list fits. */
export type StopList = number;

/** The stop-word list most of a page's words belong to, or 0 (no list fits: CJK, Thai…). */
export function pageStopWords(texts: readonly string[]): StopList {
  return stopListOf(texts.map(wordsOf));
}

/** `pageStopWords` of texts already split by `wordsOf` (callers that need the words again). */
export function stopListOf(wordLists: readonly (readonly string[])[]): StopList {
  const counts = LISTS.map(() => 0);
  let total = 0;
  for (const words of wordLists) {
    for (const word of words) {
      total++;
      const bits = LANGUAGES_OF.get(word);
      if (!bits) continue;
      // Only the bits set (most words belong to a few lists), lowest first.
      for (let rest = bits; rest !== 0; rest &= rest - 1) counts[31 - Math.clz32(rest & -rest)]!++;
    }
  }
  const best = counts.indexOf(Math.max(...counts));
  return total > 0 && counts[best]! >= Math.max(3, total * 0.1) ? 1 << best : 0;
}

/** The ISO 639-3 code of a stop-word list ("fra"), or "" for 0 (no list). */
export function stopListCode(list: StopList): string {
  return list === 0 ? '' : (LANGUAGES[31 - Math.clz32(list)] ?? '');
}

/** The share of a text's words that are stop-words of the page's language. */
export function stopWordDensity(text: string, list: StopList): number {
  return densityOf(wordsOf(text), list);
}

/** `stopWordDensity` of a text already split by `wordsOf`. */
export function densityOf(found: readonly string[], list: StopList): number {
  if (found.length === 0) return 0;
  let stops = 0;
  for (const word of found) if ((LANGUAGES_OF.get(word) ?? 0) & list) stops++;
  return stops / found.length;
}

/** Whether a word, in any case, is a stop-word of the page's language. */
export function isStopWord(word: string, list: StopList): boolean {
  return ((LANGUAGES_OF.get(word.toLowerCase()) ?? 0) & list) !== 0;
}
