import type { FigureTime, FigureUndated, FigureVerdict } from '../../../shared/crosscheck';
import { foldAccents } from '../text/words';
import {
  changedReason,
  compatibleReason,
  estimatedDateReason,
  sameTimeReason,
  undatedReason,
} from './figure-reasons';
import { quantitiesOverlap, type Quantity } from './quantity';

/** When a figure holds: the date its own sentence gives, else its document's publish date. */
export type ClaimTime = FigureTime;

/** A figure read as a claim: how many of what, in which state, where and when. */
export interface FigureClaim {
  documentId: number;
  source: string;
  text: string;
  quantity: Quantity;
  /** An estimate ("plus de", "environ", "plusieurs milliers") rather than a count. */
  approximate: boolean;
  /** What is counted, synonyms folded: "soldat". */
  counted: string;
  /** What happened to what is counted, as classes: "killed", "destroyed"… sorted. */
  outcomes: string[];
  /** Places the sentence situates the figure in, folded. */
  places: string[];
  /** Names (people, places, bodies) the sentence mentions, folded: what story it belongs to. */
  names?: string[];
  /** Null when the sentence dates the figure in words that could not be resolved, or nothing is dated. */
  when: ClaimTime | null;
  /** Why `when` is null. */
  undated?: FigureUndated;
}

// What happened to the things counted: "100 drones" launched and "66 drones" destroyed are two
// different counts, as are soldiers sent and soldiers killed.
const OUTCOMES: Record<string, RegExp> = {
  killed: /\b(?:tue|tues|tuee|tuees|mort|morts|decede|decedes|killed|dead|died|victimes?)\b/,
  wounded: /\b(?:blesse|blesses|blessee|blessees|wounded|injured|hurt)\b/,
  destroyed:
    /\b(?:detruits?|detruites?|destruction|abattus?|intercepte|interceptes|neutralises?|destroyed|downed|intercepted|shot down)\b/,
  captured: /\b(?:captures?|prisonniers?|arretes?|arrestations?|captured|arrested|prisoners?)\b/,
  evacuated: /\b(?:evacues?|evacuees?|evacuated|evacuees)\b/,
  missing: /\b(?:disparus?|missing|perdu le contact|lost)\b/,
};

/** The outcome classes named in the clause around a figure. */
export function outcomesAround(sentence: string, figureStart: number, figureEnd: number): string[] {
  // The clause: from the last clause break before the figure to the next one after it.
  const before = sentence.slice(0, figureStart);
  const clauseStart =
    Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const after = sentence.slice(figureEnd);
  const breakAfter = after.search(/[,;:]/);
  const clause = foldAccents(
    sentence.slice(clauseStart, breakAfter < 0 ? sentence.length : figureEnd + breakAfter),
  );
  return Object.entries(OUTCOMES)
    .filter(([, pattern]) => pattern.test(clause))
    .map(([outcome]) => outcome)
    .sort();
}

const LOCATIVE =
  /(?:(?<![\p{L}])(?:[àÀ]|[aA]ux?|[eE]n|[dD]ans|[pP]rès de|[vV]ers|[iI]n|[aA]t|[nN]ear|[oO]ver)\s+(?:(?:la|le|les|l’|l'|the)\s*)?(?:(?:région|region|ville|province|oblast|city)\s+(?:de\s+|d’|d'|of\s+)?)?)(\p{Lu}[\p{L}’'-]+)/gu;

/** Places the sentence puts things in: capitalised words after "à", "en", "dans la région de", "in"… */
export function placesIn(sentence: string): string[] {
  const places = new Set<string>();
  for (const match of sentence.matchAll(LOCATIVE)) places.add(foldAccents(match[1]!));
  return [...places].sort();
}

function timesOverlap(first: ClaimTime, second: ClaimTime): boolean {
  return first.start <= second.end && second.start <= first.end;
}

/**
 * Whether two figures may be one claim: the same thing counted in the same state, not in two
 * named places nor in sentences naming nobody in common, and not two events dated apart: when both sentences date their figure, or one
 * does and neither figure is an estimate, different dates mean different events (two attacks
 * on two nights). An estimate dated apart from another stays comparable: it changed.
 */
export function comparable(first: FigureClaim, second: FigureClaim): boolean {
  if (first.counted !== second.counted) return false;
  if (first.outcomes.join(' ') !== second.outcomes.join(' ')) return false;
  if (
    first.places.length > 0 &&
    second.places.length > 0 &&
    !first.places.some((place) => second.places.includes(place))
  ) {
    return false;
  }
  // Sentences that both name someone or somewhere, but nobody in common, tell two stories.
  if (first.names?.length && second.names?.length) {
    if (!first.names.some((name) => second.names!.includes(name))) return false;
  }
  if (!first.when || !second.when || timesOverlap(first.when, second.when)) return true;
  const bySentence = [first, second].filter((claim) => claim.when!.basis === 'sentence').length;
  const estimate = first.approximate || second.approximate;
  return bySentence === 0 || (bySentence === 1 && estimate);
}

/**
 * The verdict on a group of comparable figures from several documents, with its reason:
 * ranges that overlap agree; apart, they disagree only when both are dated and their dates
 * overlap; dated apart they are an estimate that changed; undated, or dated only by a publish
 * date Recoupe estimated, they are not compared: an estimated date may not order two figures
 * (it may itself have been guessed from these very figures), and a false "changed" or
 * "disagree" costs a researcher more than a pair left unjudged.
 */
export function verdictOn(claims: readonly FigureClaim[]): FigureVerdict {
  let changed: FigureVerdict | null = null;
  let undated: FigureVerdict | null = null;
  let estimated: FigureVerdict | null = null;
  for (const [index, first] of claims.entries()) {
    for (const second of claims.slice(index + 1)) {
      if (first.documentId === second.documentId) continue;
      if (quantitiesOverlap(first.quantity, second.quantity)) continue;
      const [earlier, later] =
        (first.when?.start ?? '') <= (second.when?.start ?? '') ? [first, second] : [second, first];
      if (!first.when || !second.when) {
        const missing = first.when ? second : first;
        undated ??= {
          kind: 'not-compared',
          reason: undatedReason(first, second, missing),
        };
      } else if (first.when.estimated || second.when.estimated) {
        const guessed = first.when.estimated ? first : second;
        estimated ??= {
          kind: 'not-compared',
          reason: estimatedDateReason(first, second, guessed),
        };
      } else if (timesOverlap(first.when, second.when)) {
        return {
          kind: 'disagree',
          reason: sameTimeReason(first, second),
        };
      } else {
        changed ??= {
          kind: 'changed',
          reason: changedReason(earlier, later),
        };
      }
    }
  }
  return (
    changed ??
    undated ??
    estimated ?? {
      kind: 'agree',
      reason: compatibleReason(claims),
    }
  );
}
