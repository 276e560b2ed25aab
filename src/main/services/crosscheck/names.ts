import { foldAccents, isStopWord } from '../text/words';

// Words often capitalised at a sentence start or in titles that are not names.
const COMMON_CAPITALISED = new Set(
  [
    'selon',
    'mais',
    'pour',
    'dans',
    'depuis',
    'apres',
    'avant',
    'ainsi',
    'enfin',
    'photo',
    'source',
    'menu',
    'tags',
    'according',
    'after',
    'before',
    'this',
    'that',
    'monsieur',
  ].map(foldAccents),
);

/**
 * Capitalised words that look like names of people, places and organisations, by their folded
 * form ("koursk" → "Koursk", "otan" → "OTAN"). Sentence openers are kept ("Pokrovsk, qui…"
 * opens with a name): a common word opening a sentence weighs little once rarity is counted.
 */
export function extractNames(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const match of text.matchAll(/\p{Lu}[\p{L}’'-]{2,}/gu)) {
    const word = match[0].replace(/^[\p{L}][’']/u, '');
    for (const part of word.split('-')) {
      const folded = foldAccents(part.replace(/[’'].*$/, ''));
      if (folded.length < 3 || isStopWord(folded) || COMMON_CAPITALISED.has(folded)) continue;
      if (!names.has(folded)) names.set(folded, part);
    }
  }
  return names;
}
