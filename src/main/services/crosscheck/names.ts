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

/** Whether the word at this index opens the text or a sentence ("… guerre. Plus de…"). */
function opensSentence(text: string, index: number): boolean {
  return /(?:^|[.!?…:«“"\n])\s*$/u.test(text.slice(Math.max(0, index - 8), index));
}

/**
 * Capitalised words that look like names of people, places and organisations, by their folded
 * form ("koursk" → "Koursk", "otan" → "OTAN"). Sentence openers are kept ("Pokrovsk, qui…"
 * opens with a name) unless the same word is written in lower case elsewhere in the text: "Plus
 * de 600 000 militaires… plus tard" is a common word capitalised by its place, not a name.
 */
export function extractNames(text: string): Map<string, string> {
  const names = new Map<string, string>();
  let lowerCase: Set<string> | null = null;
  const writtenInLowerCase = (folded: string) =>
    (lowerCase ??= new Set(
      [...text.matchAll(/(?<![\p{L}])\p{Ll}[\p{L}]{2,}/gu)].map((found) => foldAccents(found[0])),
    )).has(folded);
  for (const match of text.matchAll(/\p{Lu}[\p{L}’'-]{2,}/gu)) {
    if (opensSentence(text, match.index) && writtenInLowerCase(foldAccents(match[0]))) continue;
    const word = match[0].replace(/^[\p{L}][’']/u, '');
    for (const part of word.split('-')) {
      const folded = foldAccents(part.replace(/[’'].*$/, ''));
      if (folded.length < 3 || isStopWord(folded) || COMMON_CAPITALISED.has(folded)) continue;
      if (!names.has(folded)) names.set(folded, part);
    }
  }
  return names;
}
