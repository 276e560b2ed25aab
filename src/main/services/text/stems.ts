import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stem as englishStemmer } from 'porter2';
import { detectLanguage, foldAccents, isStopWord, words, type Language } from './words';

/**
 * Snowball's French and English (Porter2) algorithms: French from Orama's build of Snowball's
 * own JavaScript output, English from porter2. They give the same stems as snowball-stemmers,
 * which built the stored quote stems and vectors (checked word for word on the seeds and on a
 * generated corpus, and in stems.test.ts), five to seven times faster. (Orama's English is the
 * older Porter algorithm, which stems differently.)
 */
const stemmers: Record<Language, (word: string) => string> = {
  fr: frenchStemmer,
  en: englishStemmer,
};

/**
 * Remembers recent entries: when the newer half is full it becomes the older half and the
 * oldest are forgotten; an entry found in the older half moves back to the newer. Hand-written
 * for the stem memory's ~25,000 lookups a similar-passages call: lru-cache's bookkeeping on
 * every hit cost 16 ms a call there, twice what plain Map lookups cost.
 */
class RecentMemory<Value> {
  private newer = new Map<string, Value>();
  private older = new Map<string, Value>();

  constructor(private readonly half: number) {}

  get(key: string): Value | undefined {
    const value = this.newer.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, value: Value): void {
    if (this.newer.size >= this.half) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }
}

// Stemming takes ~5 µs a word, still the slowest step of comparing passages,
// and a corpus reuses most of its words: stems are remembered per language. A large corpus
// has more distinct words than the memory holds (names, figures, typos): clearing it all
// whenever it filled up made calls stem afresh, so the least recently used go first.
const STEM_MEMORY_HALF = 100_000;
const stemCache = {
  fr: new RecentMemory<string | null>(STEM_MEMORY_HALF),
  en: new RecentMemory<string | null>(STEM_MEMORY_HALF),
};

/** The folded stem of one lowercase word, or null for a stop-word. */
function stemOf(word: string, language: Language): string | null {
  const cache = stemCache[language];
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const folded = foldAccents(word);
  const stem = isStopWord(folded)
    ? null
    : /^\p{N}+$/u.test(word)
      ? word
      : foldAccents(stemmers[language](word));
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
