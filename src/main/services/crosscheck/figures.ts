import { foldAccents, isStopWord } from '../text/words';

/** A number found in a text together with what it counts. */
export interface FoundFigure {
  /** The words as written: "plus de 1 200 manifestants". */
  text: string;
  start: number;
  end: number;
  value: number;
  /** True for "une centaine", "environ", "plus de", "plusieurs milliers": an order of size. */
  approximate: boolean;
  /** What is counted, folded and singular: "manifestant", "euro", "troop". */
  unit: string;
}

// Spelled-out amounts that researchers meet in copy: "une centaine de drones", "hundreds of".
const WORD_AMOUNTS: Record<string, { value: number; approximate: boolean }> = {
  dizaine: { value: 10, approximate: true },
  dizaines: { value: 20, approximate: true },
  douzaine: { value: 12, approximate: true },
  vingtaine: { value: 20, approximate: true },
  trentaine: { value: 30, approximate: true },
  quarantaine: { value: 40, approximate: true },
  cinquantaine: { value: 50, approximate: true },
  centaine: { value: 100, approximate: true },
  centaines: { value: 200, approximate: true },
  millier: { value: 1000, approximate: true },
  milliers: { value: 2000, approximate: true },
  dozens: { value: 24, approximate: true },
  hundreds: { value: 200, approximate: true },
  thousands: { value: 2000, approximate: true },
  deux: { value: 2, approximate: false },
  trois: { value: 3, approximate: false },
  quatre: { value: 4, approximate: false },
  cinq: { value: 5, approximate: false },
  six: { value: 6, approximate: false },
  sept: { value: 7, approximate: false },
  huit: { value: 8, approximate: false },
  neuf: { value: 9, approximate: false },
  dix: { value: 10, approximate: false },
  two: { value: 2, approximate: false },
  three: { value: 3, approximate: false },
  four: { value: 4, approximate: false },
  five: { value: 5, approximate: false },
  seven: { value: 7, approximate: false },
  eight: { value: 8, approximate: false },
  nine: { value: 9, approximate: false },
  ten: { value: 10, approximate: false },
};

const SCALES: Record<string, number> = {
  mille: 1e3,
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  billion: 1e9,
  billions: 1e9,
};

// Words a number can count that are not a quantity of things: calendar and clock units.
const NOT_UNITS = new Set(
  [
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'january february march april may june july august september october november december',
    'h heure heures hour hours minute minutes an ans year years jour jours day days',
    'semaine semaines week weeks mois month months er e eme ème th st nd rd',
  ]
    .join(' ')
    .split(' ')
    .map(foldAccents),
);

const APPROXIMATE_BEFORE =
  /(?:plus de|moins de|près de|pres de|environ|quelque|quelques|plusieurs|au moins|more than|over|about|around|nearly|almost|at least|some|up to|jusqu’à|jusqu'à)\s+$/iu;

// Digits with French or English grouping (spaces, no-break and narrow no-break spaces, commas,
// dots) and a decimal comma or point, then an optional scale word.
const NUMBER = String.raw`\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[,.]\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[,.]\d+)?`;
const FIGURE_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(${NUMBER})|(${Object.keys(WORD_AMOUNTS).join('|')}))(?:[ \u00A0\u202F]+(${Object.keys(SCALES).join('|')}))?(?![\p{L}\p{N}])`,
  'giu',
);

// "de", "d'", "of" and up to two adjectives or stop-words may stand between number and noun.
const UNIT_AFTER =
  /^[ \u00A0\u202F]*(?:(?:de|des|of)\s+|d[’'])?(%|\p{L}[\p{L}’'-]*)(?:\s+([\p{L}’'-]+))?/u;

/** Parses "1 200", "12,000", "3,5", "6.4" into a number. */
export function parseNumber(written: string): number {
  const compact = written.replace(/[ \u00A0\u202F]/g, '');
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(compact)) return Number(compact.replace(/,/g, ''));
  return Number(compact.replace(',', '.'));
}

/** Folds a counted noun to a comparable key: accents off, plural off ("drones" → "drone"). */
export function unitKey(word: string): string {
  const folded = foldAccents(word).replace(/^[dl][’']/, '');
  if (folded === '%' || folded === 'pour' || folded === 'percent') return '%';
  return folded.length > 3 ? folded.replace(/(?:s|x)$/, '') : folded;
}

function unitAfter(text: string, from: number): { unit: string; end: number } | null {
  const match = UNIT_AFTER.exec(text.slice(from, from + 60));
  if (!match) return null;
  let word = match[1]!;
  // "pour cent" / "per cent" are a percent sign spelled out.
  if (/^(?:pour|per)$/i.test(word) && /^cent$/i.test(match[2] ?? '')) word = '%';
  const key = unitKey(word);
  // Checked before and after the plural is dropped: "mars" folds to "mar".
  if (
    !key ||
    NOT_UNITS.has(key) ||
    NOT_UNITS.has(foldAccents(word)) ||
    (key !== '%' && isStopWord(key))
  )
    return null;
  return { unit: key, end: from + match[0].indexOf(match[1]!) + match[1]!.length };
}

/**
 * Finds figures with what they count: "plus de 1 200 manifestants", "3,5 millions d'euros",
 * "12,000 troops", "une centaine de drones". Years, dates and clock times are skipped since
 * they count nothing that sources could disagree on.
 */
export function extractFigures(text: string): FoundFigure[] {
  const figures: FoundFigure[] = [];
  for (const match of text.matchAll(FIGURE_PATTERN)) {
    const [written, digits, word, scale] = match;
    const amount = word ? WORD_AMOUNTS[word.toLowerCase()]! : null;
    let value = digits ? parseNumber(digits) : amount!.value;
    if (scale) value *= SCALES[scale.toLowerCase()]!;
    const numberEnd = match.index + written.length;
    const unit = unitAfter(text, numberEnd);
    if (!unit) continue;
    // A bare year ("en 1982") is caught by the unit test only when a noun follows; skip years.
    if (digits && !scale && /^(?:1[89]|20)\d\d$/.test(digits) && unit.unit.length > 0) {
      const before = text.slice(Math.max(0, match.index - 12), match.index);
      if (/(?:en|in|depuis|since|de|of)\s+$/iu.test(before)) continue;
    }
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    const approximateWord = APPROXIMATE_BEFORE.exec(before);
    const start = approximateWord ? match.index - approximateWord[0].length : match.index;
    figures.push({
      text: text.slice(start, unit.end),
      start,
      end: unit.end,
      value,
      approximate: Boolean(approximateWord) || Boolean(amount?.approximate),
      unit: unit.unit,
    });
  }
  return figures;
}
