import { foldAccents } from '../text/words';

/** The range of values a figure as written allows: "plus de 10 000" is [10 000, ∞). */
export interface Quantity {
  low: number;
  high: number;
}

/** Orders of size written in words, as the ranges a reader would accept for them. */
const WORDED: [RegExp, (value: number) => Quantity][] = [
  // "une centaine", "un millier", "une dizaine", "a hundred or so": around the value.
  [
    /\b(?:dizaine|douzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine|millier)\b/,
    (value) => ({ low: value * 0.8, high: value * 1.5 }),
  ],
  // "des centaines", "plusieurs milliers", "hundreds", "thousands": two to nine of the unit.
  [/\b(?:centaines|hundreds)\b/, () => ({ low: 200, high: 999 })],
  [/\b(?:milliers|thousands)\b/, () => ({ low: 2000, high: 9999 })],
  [/\b(?:dizaines|dozens)\b/, () => ({ low: 20, high: 99 })],
];

const AT_LEAST = /^(?:plus de|au moins|more than|over|at least|upwards of|pas moins de)\b/;
const AT_MOST = /^(?:moins de|jusqu'a|up to|less than|fewer than|under|pas plus de)\b/;
const NEARLY = /^(?:pres de|nearly|almost|quasiment|presque)\b/;

/**
 * Half the step of the last significant digit ("1 300" is rounded to the hundred: ±50), kept
 * between 5 % and 10 % of the value: how far "environ 1 300" may stand from the true count.
 */
function roundingMargin(value: number): number {
  let step = 1;
  while (value % (step * 10) === 0 && step < value) step *= 10;
  return Math.min(0.1 * value, Math.max(0.05 * value, step / 2));
}

/**
 * The range a figure allows, from its words and its value: exact digits within 1 %, "plus
 * de"/"at least" open upwards, "moins de"/"up to" downwards, "environ"/"près de" by the
 * rounding of the number, spelled-out orders of size by what they usually mean.
 */
export function quantityOf(text: string, value: number, approximate: boolean): Quantity {
  const words = foldAccents(text).replace(/[’]/g, "'");
  for (const [pattern, range] of WORDED) {
    if (pattern.test(words)) {
      const base = range(value);
      return AT_LEAST.test(words) ? { low: base.low, high: Infinity } : base;
    }
  }
  if (AT_LEAST.test(words)) return { low: value, high: Infinity };
  if (AT_MOST.test(words)) return { low: 0, high: value };
  if (NEARLY.test(words)) return { low: value - 2 * roundingMargin(value), high: value };
  if (approximate) {
    const margin = roundingMargin(value);
    return { low: value - margin, high: value + margin };
  }
  return { low: value * 0.99, high: value * 1.01 };
}

/** Whether two ranges share a value. */
export function quantitiesOverlap(first: Quantity, second: Quantity): boolean {
  return first.low <= second.high && second.low <= first.high;
}
