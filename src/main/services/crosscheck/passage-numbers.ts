import { foldAccents } from '../text/words';
import { parseNumber } from './figures';

/** Cardinal numbers written as words, French and English (accent-folded). */
const NUMBER_WORDS: Record<string, number> = {
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  cents: 100,
  mille: 1000,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  hundred: 100,
  thousand: 1000,
};
const MULTIPLIERS: Record<string, number> = {
  cent: 100,
  cents: 100,
  hundred: 100,
  mille: 1000,
  thousand: 1000,
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  billion: 1e9,
};
/** One, two and zero are articles and everyday words ("un", "one of"), not figures. */
const SMALLEST = 3;
/**
 * Words that make the numbers next to them a date or a time ("le 14 novembre", "du 14 au 15
 * novembre", "November 6", "à 10 h 30"): every report of a week shares those, whatever it says.
 */
const DATE_WORDS = new Set(
  (
    'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre ' +
    'january february march april june july august september october november december ' +
    'h heures am pm'
  ).split(' '),
);
/** How many words before a month a day number may stand ("14 au 15 novembre"); "may" is left
 * out of the months, it is more often the verb. */
const DATE_REACH = 3;

/**
 * The numbers a passage states, written in digits or in words ("quatorze" and "14",
 * "three hundred" and "300", "3 millions" and "trois millions" give the same value), so two
 * outlets that word one figure differently still show they report the same count.
 */
export function numbersIn(text: string): Set<number> {
  const found = new Set<number>();
  const tokens =
    foldAccents(text.toLowerCase()).match(
      /\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)*|\p{L}+/gu,
    ) ?? [];
  const inDate = (at: number) =>
    DATE_WORDS.has(tokens[at - 1] ?? '') ||
    tokens.slice(at + 1, at + 1 + DATE_REACH).some((token) => DATE_WORDS.has(token));
  let pending: number | null = null;
  const flush = () => {
    if (pending !== null && pending >= SMALLEST) found.add(pending);
    pending = null;
  };
  for (const [at, token] of tokens.entries()) {
    if (/^\d/.test(token) && inDate(at)) {
      flush();
      continue;
    }
    const multiplier = MULTIPLIERS[token];
    if (pending !== null && multiplier !== undefined) {
      pending *= multiplier;
      continue;
    }
    if (/^\d/.test(token)) {
      flush();
      pending = parseNumber(token);
    } else if (NUMBER_WORDS[token] !== undefined) {
      flush();
      pending = NUMBER_WORDS[token];
    } else flush();
  }
  flush();
  return found;
}
