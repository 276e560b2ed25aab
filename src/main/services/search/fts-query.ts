import { foldAccents, isStopWord } from '../text/words';

/**
 * Turns what a researcher types into a safe FTS5 MATCH expression: "quoted phrases" stay
 * phrases, every other word is quoted (so `nord-coréens` or `AND` are never FTS syntax),
 * stop-words are dropped unless nothing else is left, and the last word becomes a prefix
 * query while the user is still typing it; with `variants`, each word also matches its other
 * inflections. Returns null when nothing searchable remains.
 */
export function toFtsQuery(
  input: string,
  options: {
    prefixLastWord?: boolean;
    any?: boolean;
    /** Other indexed forms of a word ("missiles" for "missile"), searched with it. */
    variants?: (word: string) => string[];
  } = {},
): string | null {
  const phrases: string[] = [];
  const rest = input.replace(/["«“]([^"»”]+)["»”]/g, (_, phrase: string) => {
    const phraseWords = foldAccents(phrase).match(/[\p{L}\p{N}]+/gu);
    if (phraseWords) phrases.push(`"${phraseWords.join(' ')}"`);
    return ' ';
  });
  const allWords = foldAccents(rest).match(/[\p{L}\p{N}]+/gu) ?? [];
  const contentWords = allWords.filter((word) => !isStopWord(word));
  const terms = (contentWords.length > 0 ? contentWords : allWords).map((word) => `"${word}"`);
  const typingLastWord = options.prefixLastWord && /[\p{L}\p{N}]$/u.test(input);
  const lastWord = allWords.at(-1);
  if (typingLastWord && lastWord && terms.length > 0 && terms.at(-1) === `"${lastWord}"`) {
    terms[terms.length - 1] = `"${lastWord}"*`;
  }
  if (options.variants) {
    const words = contentWords.length > 0 ? contentWords : allWords;
    words.forEach((word, index) => {
      const others = options.variants!(word).filter((variant) => variant !== word);
      if (others.length > 0) {
        terms[index] =
          `(${[terms[index]!, ...others.map((variant) => `"${variant}"`)].join(' OR ')})`;
      }
    });
  }
  const parts = [...phrases, ...terms];
  if (parts.length === 0) return null;
  // FTS5 reads two phrases side by side as AND, but a bracketed group needs the word.
  const grouped = parts.some((part) => part.startsWith('('));
  return parts.join(options.any ? ' OR ' : grouped ? ' AND ' : ' ');
}
