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
 * form ("koursk" → "Koursk", "otan" → "OTAN"). A word opening a sentence counts only when it is
 * capitalised again elsewhere in the text, since any word may open a sentence.
 */
export function extractNames(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const match of text.matchAll(/(^|[.!?»"”:]\s+|\n\s*)?(\p{Lu}[\p{L}’'-]{2,})/gu)) {
    const word = match[2]!.replace(/^[\p{L}][’']/u, '');
    for (const part of word.split('-')) {
      const folded = foldAccents(part.replace(/[’'].*$/, ''));
      if (folded.length < 3 || isStopWord(folded) || COMMON_CAPITALISED.has(folded)) continue;
      // A sentence opener is no evidence of a name; the same word mid-sentence is.
      if (match[1] === undefined && match.index !== 0 && !names.has(folded))
        names.set(folded, part);
    }
  }
  return names;
}
