import { newStemmer } from 'snowball-stemmers';
import { detectLanguage, foldAccents, isStopWord, words, type Language } from './words';

const stemmers = { fr: newStemmer('french'), en: newStemmer('english') } as const;

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
    const folded = foldAccents(word);
    if (isStopWord(folded)) continue;
    result.push(/^\p{N}+$/u.test(word) ? word : foldAccents(stemmers[language].stem(word)));
  }
  return result;
}
