import { newStemmer } from 'snowball-stemmers';
import { detectLanguage, foldAccents, isStopWord, words, type Language } from './words';

const stemmers = { fr: newStemmer('french'), en: newStemmer('english') } as const;

// Snowball is the slowest step of comparing passages, and a corpus reuses few distinct words:
// stems are remembered per language, the memory cleared when it grows past this many words.
const STEM_CACHE_SIZE = 100_000;
const stemCache = { fr: new Map<string, string | null>(), en: new Map<string, string | null>() };

/** The folded stem of one lowercase word, or null for a stop-word. */
function stemOf(word: string, language: Language): string | null {
  const cache = stemCache[language];
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  if (cache.size >= STEM_CACHE_SIZE) cache.clear();
  const folded = foldAccents(word);
  const stem = isStopWord(folded)
    ? null
    : /^\p{N}+$/u.test(word)
      ? word
      : foldAccents(stemmers[language].stem(word));
  cache.set(word, stem);
  return stem;
}

/** The language to stem with: the hint when it is one Recoupe knows, else a guess, else French. */
export function stemLanguage(text: string, hint?: string | null): Language {
  return hint === 'fr' || hint === 'en' ? hint : (detectLanguage(text) ?? 'fr');
}

/**
 * Accent-folded Snowball stems of the content words, in order; stop-words dropped and numbers
 * kept whole (shared figures are strong evidence of a shared fact).
 */
export function contentStems(text: string, language: Language): string[] {
  const result: string[] = [];
  for (const word of words(text)) {
    const stem = stemOf(word, language);
    if (stem !== null) result.push(stem);
  }
  return result;
}
