import type { Part, Season } from './spec';

/** Month names and abbreviations in French and English, by number. */
const monthNames: Record<string, number> = {
  janvier: 1, janv: 1, january: 1, jan: 1,
  février: 2, fevrier: 2, févr: 2, fevr: 2, february: 2, feb: 2,
  mars: 3, march: 3, mar: 3,
  avril: 4, avr: 4, april: 4, apr: 4,
  mai: 5, may: 5,
  juin: 6, june: 6, jun: 6,
  juillet: 7, juil: 7, july: 7, jul: 7,
  août: 8, aout: 8, august: 8, aug: 8,
  septembre: 9, sept: 9, september: 9, sep: 9,
  octobre: 10, oct: 10, october: 10,
  novembre: 11, nov: 11, november: 11,
  décembre: 12, decembre: 12, déc: 12, dec: 12, december: 12,
}; // prettier-ignore

/** Weekday names, Sunday = 0 as in `Date.getUTCDay`. */
const weekdayNames: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
}; // prettier-ignore

const seasonNames: Record<string, Season> = {
  printemps: 'spring', été: 'summer', ete: 'summer', automne: 'autumn', hiver: 'winter',
  spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter',
}; // prettier-ignore

const alternation = (names: Record<string, unknown>) =>
  Object.keys(names)
    .sort((a, b) => b.length - a.length)
    .join('|');

const fullMonths = Object.fromEntries(
  Object.entries(monthNames).filter(
    ([name]) =>
      name.length > 4 ||
      ['mars', 'mai', 'juin', 'aout', 'août', 'may', 'june', 'july'].includes(name),
  ),
);
const abbreviatedMonths = Object.fromEntries(
  Object.entries(monthNames).filter(([name]) => !(name in fullMonths)),
);

/** Regex sources matching a month, a weekday, a season, a year, a day of the month. */
export const pattern = {
  // Only abbreviations take a dot, so a sentence's final dot stays out of "en août.".
  month: `(?:${alternation(fullMonths)}|(?:${alternation(abbreviatedMonths)})\\.?)`,
  weekday: alternation(weekdayNames),
  season: alternation(seasonNames),
  year: '(?:19|20)\\d{2}',
  day: '(?:[12]\\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?',
};

const key = (word: string) => word.toLowerCase().replace(/\.$/, '');

/** The month number a name stands for. */
export const monthNumber = (word: string) => monthNames[key(word)]!;
/** The weekday number a name stands for (Sunday = 0). */
export const weekdayNumber = (word: string) => weekdayNames[key(word)]!;
/** The season a name stands for. */
export const seasonOf = (word: string) => seasonNames[key(word)]!;
/** The day of the month in "1er", "3rd", "14". */
export const dayNumber = (word: string) => parseInt(word, 10);

/** Small counts in words, French and English, for "il y a trois jours" and "two weeks ago". */
const countWords: Record<string, number> = {
  un: 1, une: 1, a: 1, an: 1, one: 1, deux: 2, two: 2, trois: 3, three: 3, quatre: 4, four: 4,
  cinq: 5, five: 5, six: 6, sept: 7, seven: 7, huit: 8, eight: 8, neuf: 9, nine: 9, dix: 10,
  ten: 10, onze: 11, eleven: 11, douze: 12, twelve: 12, quinze: 15, fifteen: 15,
}; // prettier-ignore

/** A regex source for a count written in digits or words. */
export const countPattern = `\\d{1,2}|${alternation(countWords)}`;

/** The number a count stands for ("trois", "3"). */
export const countOf = (word: string) => countWords[word.toLowerCase()] ?? Number(word);

/** The part of a period a qualifier names ("début", "mi-", "late"), if any. */
export function partOf(qualifier: string | undefined): Part | undefined {
  if (!qualifier) return undefined;
  const word = qualifier.toLowerCase();
  if (/début|early|beginning|start/.test(word)) return 'early';
  if (/mi|mid|middle/.test(word)) return 'mid';
  if (/fin|late|end/.test(word)) return 'late';
  return undefined;
}

/** Word edges that work for accented letters, unlike `\\b`. */
export const wordBoundary = {
  before: '(?<![\\p{L}\\p{N}])',
  after: '(?![\\p{L}\\p{N}])',
};
