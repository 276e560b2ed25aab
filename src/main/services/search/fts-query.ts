import { foldAccents, isStopWord } from '../text/words';

/**
 * Turns what a researcher types into a safe FTS5 MATCH expression: "quoted phrases" stay
 * phrases, every other word is quoted (so `nord-coréens` or `AND` are never FTS syntax),
 * stop-words are dropped unless nothing else is left, and the last word becomes a prefix
 * query while the user is still typing it. Returns null when nothing searchable remains.
 */
export function toFtsQuery(
  input: string,
  options: { prefixLastWord?: boolean; any?: boolean } = {},
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
  const parts = [...phrases, ...terms];
  if (parts.length === 0) return null;
  return parts.join(options.any ? ' OR ' : ' ');
}
