import { foldAccents } from '../text/words';
import { parseNumber } from './figures';

/**
 * Cardinal numbers written as words, French and English (accent-folded). A Map, not an object:
 * looking up every word of a passage as an object key cost more than tokenising it, and found
 * inherited keys ("constructor").
 */
const NUMBER_WORDS = new Map<string, number>(
  Object.entries({
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
  }),
);
const MULTIPLIERS = new Map<string, number>(
  Object.entries({
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
  }),
);
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
/** Numbers in digits (with thousands separators or decimals) and words of letters. */
const TOKENS = /\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)*|\p{L}+/gu;

/**
 * The numbers a passage states, written in digits or in words ("quatorze" and "14",
 * "three hundred" and "300", "3 millions" and "trois millions" give the same value), so two
 * outlets that word one figure differently still show they report the same count.
 */
export function numbersIn(text: string): Set<number> {
  const found = new Set<number>();
  const tokens = foldAccents(text.toLowerCase()).match(TOKENS) ?? [];
  // A number waiting for a multiplier ("3" before "millions"), kept once another word follows.
  let pending: number | null = null;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    const first = token.charCodeAt(0);
    const digits = first >= 48 && first <= 57;
    const multiplier = digits ? undefined : MULTIPLIERS.get(token);
    if (pending !== null && multiplier !== undefined) {
      pending *= multiplier;
      continue;
    }
    if (pending !== null && pending >= SMALLEST) found.add(pending);
    pending = digits
      ? inDate(tokens, at)
        ? null
        : parseNumber(token)
      : (NUMBER_WORDS.get(token) ?? null);
  }
  if (pending !== null && pending >= SMALLEST) found.add(pending);
  return found;
}

/** Whether the number at `at` is part of a date or a time. */
function inDate(tokens: readonly string[], at: number): boolean {
  if (at > 0 && DATE_WORDS.has(tokens[at - 1]!)) return true;
  const end = Math.min(tokens.length, at + 1 + DATE_REACH);
  for (let next = at + 1; next < end; next++) if (DATE_WORDS.has(tokens[next]!)) return true;
  return false;
}
