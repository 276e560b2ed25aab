import type { SimilarPassage, SimilarReason } from '../../../shared/crosscheck';
import type { Passage } from '../../../shared/domain';
import type { FigureValue, QuoteStems } from '../../db/repositories/crosscheck.repo';
import type { RankedPassage } from '../../db/repositories/search.repo';
import { toHit } from '../search/search.service';
import { coverage, stemSet } from './overlap';
import type { PassageAnalysis, StemPairs } from './passage-analysis';

/** A soft overlap of stems, on trial in bench/paraphrase-eval.ts (word associations). */
export interface SoftOverlap {
  softCoverage(probe: ReadonlySet<string>, other: ReadonlySet<string>, floor: number): number;
}

/** Signals for passages that word one fact differently (bench/paraphrase-eval.ts). */
export interface ParaphraseSignals {
  /** Weight of the share of the probe's numbers (digits or words) the candidate states. */
  numbers: number;
  /** Word associations, on trial only: they did not raise recall without costing precision. */
  associations?: { model: SoftOverlap; weight: number; floor: number };
}

/**
 * Numbers aligned: outlets reword a fact but keep its figures, in digits or in words
 * ("quatorze voyageurs" / "14 blessés"). Weight chosen on bench/paraphrase-pairs.json, where
 * it raised recall@3 from 0.75 to 0.83 and precision from 0.82 to 0.84 (bench/PARAPHRASE.md).
 */
export const DEFAULT_PARAPHRASE: ParaphraseSignals = { numbers: 0.2 };

/**
 * How much each signal weighs in the combined score (they sum to 1). The lexical vector and
 * BM25 see shared words; quotes, figures and names are what outlets keep when they reword a
 * fact, so they carry as much together.
 */
export const SIGNAL_WEIGHTS = { vector: 0.3, terms: 0.2, quote: 0.2, figure: 0.15, names: 0.15 };
/** A quote counts as shared when this share of its stems is found in the other passage. */
const QUOTE_COVERAGE = 0.6;
/** Shorter quotes ("aide militaire immédiate") are set phrases, too common to prove a link. */
const QUOTE_MIN_STEMS = 4;

/** What the candidates hold, read once for all of them. */
export interface Lookups {
  pairFrequency: Map<string, number>;
  quotes: Map<number, QuoteStems[]>;
  figures: Map<number, FigureValue[]>;
  /**
   * Cosine distance of the candidates that were among the probe's nearest passages, and the
   * farthest of those: any other candidate is at least that far, so it gets that bound.
   * Reading each candidate's stored vector instead costs ~0.3 ms a passage at a million
   * passages (sqlite-vec reads it out of a 1 MB chunk), more than the whole search.
   */
  distances: Map<number, number>;
  farthest: number;
}

export interface Candidate {
  passage: RankedPassage;
  bm25: number;
  /** Cosine distance to the probe, when the candidate came from the nearest-vector search. */
  distance?: number;
}

/** A candidate with what its text holds. */
export interface AnalysedCandidate extends Candidate {
  analysis: PassageAnalysis;
  /** The probe's stem pairs it holds too, as "first second". */
  pairs: Set<string>;
}

/** A candidate's score and what it shares with the probe, before it is spelled out as a hit. */
export interface Scored {
  candidate: AnalysedCandidate;
  score: number;
  quote: string | null;
  figures: FigureValue[];
  names: string[];
  /** Shared numbers not already named as a shared figure. */
  numbers: number[];
  similarity: number;
}

/** What the focused passage brings to the comparison. */
export interface Probe {
  passage: Passage;
  vector: Float32Array;
  stems: Set<string>;
  /** Consecutive content-stem pairs: shared wording ("défense mutuelle") across outlets. */
  pairs: StemPairs;
  /** The passage's rarest words, which BM25 looks for elsewhere. */
  terms: string[];
  quotes: { text: string; stems: Set<string> }[];
  figures: FigureValue[];
  /** Folded name → [weight, as written]. */
  names: Map<string, [number, string]>;
  /** The numbers it states, in digits or words. */
  numbers: ReadonlySet<number>;
}

/**
 * The `limit` best-scoring candidates (score above 0), best first, ties in candidate order.
 * (Skipping the names and numbers of candidates that could not rank even with the most those
 * add was tried: on the 10k corpus it left 4 % of the candidates unread.)
 */
export function bestCandidates(
  probe: Probe,
  candidates: readonly AnalysedCandidate[],
  lookups: Lookups,
  paraphrase: ParaphraseSignals,
  limit: number,
): Scored[] {
  return candidates
    .map((candidate) => score(probe, candidate, lookups, paraphrase))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

function score(
  probe: Probe,
  candidate: AnalysedCandidate,
  { pairFrequency, quotes, figures: allFigures, distances, farthest }: Lookups,
  paraphrase: ParaphraseSignals,
): Scored {
  const { passage, bm25, analysis, pairs } = candidate;
  const quote = sharedQuote(probe, quotes.get(passage.passageId) ?? [], analysis.stems);
  const figures = sharedFigures(probe, allFigures.get(passage.passageId) ?? []);
  const names = sharedNames(probe, analysis.names);
  const numbers = paraphrase.numbers > 0 ? sharedNumbers(probe, analysis) : [];
  // A number already named as a shared figure ("1 300 personnes") is not said twice.
  const figureValues = new Set(figures.map((figure) => figure.value));
  const similarity = Math.max(0, 1 - (distances.get(passage.passageId) ?? farthest));
  let phrasing = 0;
  for (const pair of pairs) phrasing += 1 / pairFrequency.get(pair)!;
  const score =
    SIGNAL_WEIGHTS.vector * similarity +
    (SIGNAL_WEIGHTS.terms * (bm25 + Math.min(1, phrasing / 2))) / 2 +
    SIGNAL_WEIGHTS.quote * (quote ? 1 : 0) +
    SIGNAL_WEIGHTS.figure * Math.min(1, figures.length / 2) +
    SIGNAL_WEIGHTS.names * names.share +
    (probe.numbers.size > 0 ? (paraphrase.numbers * numbers.length) / probe.numbers.size : 0) +
    associationBonus(paraphrase, probe, analysis);
  return {
    candidate,
    score: round(score),
    quote,
    figures,
    names: names.names,
    numbers: numbers.filter((value) => !figureValues.has(value)),
    similarity,
  };
}

/** A scored candidate as a hit with the reasons it is shown for. */
export function spelledOut(probe: Probe, scored: Scored): SimilarPassage {
  const { candidate, quote, figures, names, numbers, similarity } = scored;
  const reasons: SimilarReason[] = [];
  if (quote) reasons.push({ kind: 'quote', text: quote });
  for (const figure of figures) reasons.push({ kind: 'figure', value: figure.text });
  if (names.length > 0) reasons.push({ kind: 'names', names });
  if (numbers.length > 0) reasons.push({ kind: 'numbers', values: numbers });
  // The candidate's words are read here only: they give a reason, not a score.
  const terms = probe.terms.filter((term) => candidate.analysis.words.has(term));
  if (terms.length > 0) reasons.push({ kind: 'terms', terms });
  if (similarity > 0) reasons.push({ kind: 'vector', similarity: round(similarity) });
  return { ...toHit(candidate.passage, scored.score), reasons };
}

/**
 * The numbers the probe states that the candidate states too, in the probe's order; the
 * candidate's numbers are read only when the probe has some.
 */
function sharedNumbers(probe: Probe, analysis: PassageAnalysis): number[] {
  if (probe.numbers.size === 0) return [];
  return [...probe.numbers].filter((value) => analysis.numbers.has(value));
}

/** What word associations on trial add (0 unless given: see ParaphraseSignals). */
function associationBonus(
  signals: ParaphraseSignals,
  probe: Probe,
  analysis: PassageAnalysis,
): number {
  if (!signals.associations) return 0;
  const { model, weight, floor } = signals.associations;
  const other = new Set(analysis.stems);
  // Only what the associations add: shared stems already count in the other signals.
  const gain =
    model.softCoverage(probe.stems, other, floor) -
    model.softCoverage(probe.stems, other, Infinity);
  return weight * Math.max(0, gain);
}

/** Names both passages mention, with the share of the probe's name weight they carry. */
function sharedNames(
  probe: Probe,
  theirs: Map<string, string>,
): { names: string[]; share: number } {
  let total = 0;
  let shared = 0;
  const names: string[] = [];
  for (const [name, [weight, written]] of probe.names) {
    total += weight;
    if (theirs.has(name)) {
      shared += weight;
      names.push(written);
    }
  }
  return { names, share: total > 0 ? shared / total : 0 };
}

/** A quotation one passage holds (marked or not) that the other carries too. */
function sharedQuote(
  probe: Probe,
  otherQuotes: readonly QuoteStems[],
  otherStemList: readonly string[],
): string | null {
  // Built only when the probe has quotes to look for: most passages have none.
  const otherStems = probe.quotes.length > 0 ? new Set(otherStemList) : new Set<string>();
  for (const quote of probe.quotes) {
    if (
      quote.stems.size >= QUOTE_MIN_STEMS &&
      coverage(quote.stems, otherStems) >= QUOTE_COVERAGE
    ) {
      return quote.text;
    }
  }
  for (const quote of otherQuotes) {
    const stems = stemSet(quote.stems);
    if (stems.size >= QUOTE_MIN_STEMS && coverage(stems, probe.stems) >= QUOTE_COVERAGE) {
      return quote.text;
    }
  }
  return null;
}

function sharedFigures(probe: Probe, otherFigures: readonly FigureValue[]): FigureValue[] {
  const mine = new Set(probe.figures.map((figure) => `${figure.unit} ${figure.value}`));
  const shared = new Map<string, FigureValue>();
  for (const figure of otherFigures) {
    const key = `${figure.unit} ${figure.value}`;
    if (mine.has(key) && !shared.has(key)) shared.set(key, figure);
  }
  return [...shared.values()];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
