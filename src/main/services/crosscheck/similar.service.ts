import type { DatabaseSync } from 'node:sqlite';
import type { SimilarPassage, SimilarReason } from '../../../shared/crosscheck';
import type { Passage } from '../../../shared/domain';
import { RecoupeError } from '../../../shared/result';
import {
  CrosscheckRepository,
  passagesByIds,
  type StoredFigure,
  type StoredQuote,
} from '../../db/repositories/crosscheck.repo';
import { DocumentsRepository } from '../../db/repositories/documents.repo';
import { PassagesRepository } from '../../db/repositories/passages.repo';
import { SearchRepository, type RankedPassage } from '../../db/repositories/search.repo';
import { NearestPassages } from '../search/nearest';
import { toHit } from '../search/search.service';
import { foldAccents, isStopWord } from '../text/words';
import {
  PassageAnalyses,
  sharedPairs,
  stemPairs,
  type PassageAnalysis,
  type StemPairs,
} from './passage-analysis';
import { TermCounts } from './term-counts';
import { coverage, stemSet } from './overlap';

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
/** How many candidates each retrieval contributes before re-scoring. */
const CANDIDATES = 100;
/** Distinctive words of the passage sent to BM25. */
const QUERY_TERMS = 20;
/** A quote counts as shared when this share of its stems is found in the other passage. */
const QUOTE_COVERAGE = 0.6;
/** Shorter quotes ("aide militaire immédiate") are set phrases, too common to prove a link. */
const QUOTE_MIN_STEMS = 4;

/** What the candidates hold, read once for all of them. */
interface Lookups {
  pairFrequency: Map<string, number>;
  quotes: Map<number, StoredQuote[]>;
  figures: Map<number, StoredFigure[]>;
  /**
   * Cosine distance of the candidates that were among the probe's nearest passages, and the
   * farthest of those: any other candidate is at least that far, so it gets that bound.
   * Reading each candidate's stored vector instead costs ~0.3 ms a passage at a million
   * passages (sqlite-vec reads it out of a 1 MB chunk), more than the whole search.
   */
  distances: Map<number, number>;
  farthest: number;
}

interface Candidate {
  passage: RankedPassage;
  bm25: number;
  /** Cosine distance to the probe, when the candidate came from the nearest-vector search. */
  distance?: number;
}

/** A candidate with what its text holds. */
interface AnalysedCandidate extends Candidate {
  analysis: PassageAnalysis;
  /** The probe's stem pairs it holds too, as "first second". */
  pairs: Set<string>;
}

/** What the focused passage brings to the comparison. */
interface Probe {
  passage: Passage;
  vector: Float32Array;
  stems: Set<string>;
  /** Consecutive content-stem pairs: shared wording ("défense mutuelle") across outlets. */
  pairs: StemPairs;
  /** The passage's rarest words, which BM25 looks for elsewhere. */
  terms: string[];
  quotes: { text: string; stems: Set<string> }[];
  figures: StoredFigure[];
  /** Folded name → [weight, as written]. */
  names: Map<string, [number, string]>;
  /** The numbers it states, in digits or words. */
  numbers: ReadonlySet<number>;
}

/** What similar passages ask of the corpus's word counts (TermCounts, counted live or in the background). */
export interface WordCounts {
  /** How many passages the counts cover. */
  total(): number;
  /** How many passages hold each of these words. */
  of(terms: readonly string[]): Map<string, number>;
}

/** Similar passages across documents, from several signals combined, each with its reasons. */
export class SimilarService {
  private readonly crosscheck: CrosscheckRepository;
  private readonly passages: PassagesRepository;
  private readonly documents: DocumentsRepository;
  private readonly search: SearchRepository;
  private readonly analyses = new PassageAnalyses();

  constructor(
    private readonly db: DatabaseSync,
    private readonly nearest: NearestPassages = new NearestPassages(db, null),
    private readonly termCounts: WordCounts = new TermCounts(db, false),
    private readonly paraphrase: ParaphraseSignals = DEFAULT_PARAPHRASE,
  ) {
    this.crosscheck = new CrosscheckRepository(db);
    this.passages = new PassagesRepository(db);
    this.documents = new DocumentsRepository(db);
    this.search = new SearchRepository(db);
  }

  /** The passages of other documents that best match one passage, best first. */
  similar(passageId: number, limit: number): SimilarPassage[] {
    const probe = this.probe(passageId);
    const candidates = [...this.candidates(probe).values()].map((candidate) => {
      const analysis = this.analyses.of(candidate.passage);
      return { ...candidate, analysis, pairs: sharedPairs(analysis.stems, probe.pairs) };
    });
    // A wording many candidates share ("région de Koursk") is topic, not evidence of one fact.
    const pairFrequency = new Map<string, number>();
    for (const { pairs } of candidates) {
      for (const pair of pairs) pairFrequency.set(pair, (pairFrequency.get(pair) ?? 0) + 1);
    }
    // What candidates hold is read in three queries, not three per candidate.
    const ids = candidates.map((candidate) => candidate.passage.passageId);
    const lookups: Lookups = {
      pairFrequency,
      quotes: groupBy(this.crosscheck.quotes(ids), (quote) => quote.passageId),
      figures: groupBy(this.crosscheck.figures(ids), (figure) => figure.passageId),
      distances: new Map(
        candidates.flatMap(({ passage, distance }) =>
          distance === undefined ? [] : [[passage.passageId, distance]],
        ),
      ),
      farthest: Math.max(0, ...candidates.map(({ distance }) => distance ?? 0)),
    };
    const scored = candidates.map((candidate) => this.score(probe, candidate, lookups));
    return scored
      .filter((hit) => hit.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  private probe(passageId: number): Probe {
    const passage = this.passages.get(passageId);
    const vector = this.passages.vector(passageId);
    if (!passage || !vector) {
      throw new RecoupeError('not-found', `Passage ${passageId} does not exist.`);
    }
    const { stems, names, numbers } = this.analyses.of({
      passageId,
      text: passage.text,
      language: this.documents.get(passage.documentId)?.language ?? null,
    });
    const quotes = this.crosscheck.quotes([passageId]).map((quote) => ({
      text: quote.text,
      stems: stemSet(quote.stems),
    }));
    return {
      passage,
      vector,
      stems: new Set(stems),
      pairs: stemPairs(stems),
      terms: this.distinctiveTerms(passage.text),
      quotes,
      figures: this.crosscheck.figures([passageId]),
      names: this.nameWeights(names),
      numbers,
    };
  }

  private nameWeights(names: Map<string, string>): Map<string, [number, string]> {
    const weights = this.inverseFrequencies([...names.keys()]);
    return new Map(
      [...names].map(([folded, written]) => [folded, [weights.get(folded)!, written]]),
    );
  }

  /** Weight of each word by how rare it is across passages (log inverse passage frequency). */
  private inverseFrequencies(terms: string[]): Map<string, number> {
    const total = Math.max(1, this.termCounts.total());
    const frequencies = this.termCounts.of(terms);
    return new Map(
      terms.map((term) => [term, Math.log(1 + total / Math.max(1, frequencies.get(term) ?? 1))]),
    );
  }

  private candidates(probe: Probe): Map<number, Candidate> {
    const { documentId } = probe.passage;
    const found = new Map<number, Candidate>();
    const add = (passage: RankedPassage, bm25 = 0, distance?: number) => {
      if (passage.documentId === documentId) return;
      const seen = found.get(passage.passageId);
      if (seen) seen.bm25 = Math.max(seen.bm25, bm25);
      else found.set(passage.passageId, { passage, bm25, distance });
    };
    for (const neighbour of this.nearest.find(probe.vector, CANDIDATES, {}, documentId)) {
      add(neighbour, 0, neighbour.rank);
    }
    if (probe.terms.length > 0) {
      const query = probe.terms.map((term) => `"${term}"`).join(' OR ');
      const hits = this.search.fullText(query, {}, CANDIDATES * 2);
      // BM25 from FTS5 is negative, best lowest: scale to (0, 1] against the best hit.
      const best = Math.min(
        ...hits.filter((hit) => hit.documentId !== documentId).map((hit) => hit.rank),
      );
      for (const hit of hits) add(hit, best < 0 ? hit.rank / best : 0);
    }
    const figureIds = probe.figures.flatMap((figure) =>
      this.crosscheck.passagesWithFigure(figure.unit, figure.value, documentId),
    );
    const missing = [...new Set(figureIds)].filter((id) => !found.has(id));
    for (const passage of passagesByIds(this.db, missing)) add(passage);
    return found;
  }

  /** The passage's rarest words, for BM25 to find other passages sharing them. */
  private distinctiveTerms(text: string): string[] {
    const counts = new Map<string, number>();
    for (const word of foldAccents(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (word.length < 3 || isStopWord(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const weights = this.inverseFrequencies([...counts.keys()]);
    const terms = [...counts.entries()]
      .map(([term, count]) => ({ term, weight: (1 + Math.log(count)) * weights.get(term)! }))
      .sort((a, b) => b.weight - a.weight)
      .slice(0, QUERY_TERMS);
    return terms.map(({ term }) => term);
  }

  private score(
    probe: Probe,
    { passage, bm25, analysis, pairs }: AnalysedCandidate,
    { pairFrequency, quotes, figures: allFigures, distances, farthest }: Lookups,
  ): SimilarPassage {
    const reasons: SimilarReason[] = [];
    const quote = sharedQuote(probe, quotes.get(passage.passageId) ?? [], analysis.stems);
    if (quote) reasons.push({ kind: 'quote', text: quote });
    const figures = sharedFigures(probe, allFigures.get(passage.passageId) ?? []);
    for (const figure of figures) reasons.push({ kind: 'figure', value: figure.text });
    const names = sharedNames(probe, analysis.names);
    if (names.names.length > 0) reasons.push({ kind: 'names', names: names.names });
    const numbers = this.paraphrase.numbers > 0 ? sharedNumbers(probe, analysis) : [];
    // A number already named as a shared figure ("1 300 personnes") is not said twice.
    const figureValues = new Set(figures.map((figure) => figure.value));
    const unnamed = numbers.filter((value) => !figureValues.has(value));
    if (unnamed.length > 0) reasons.push({ kind: 'numbers', values: unnamed });
    const terms = probe.terms.filter((term) => analysis.words.has(term));
    if (terms.length > 0) reasons.push({ kind: 'terms', terms });
    const similarity = Math.max(0, 1 - (distances.get(passage.passageId) ?? farthest));
    if (similarity > 0) reasons.push({ kind: 'vector', similarity: round(similarity) });
    let phrasing = 0;
    for (const pair of pairs) phrasing += 1 / pairFrequency.get(pair)!;
    const score =
      SIGNAL_WEIGHTS.vector * similarity +
      (SIGNAL_WEIGHTS.terms * (bm25 + Math.min(1, phrasing / 2))) / 2 +
      SIGNAL_WEIGHTS.quote * (quote ? 1 : 0) +
      SIGNAL_WEIGHTS.figure * Math.min(1, figures.length / 2) +
      SIGNAL_WEIGHTS.names * names.share +
      (probe.numbers.size > 0
        ? (this.paraphrase.numbers * numbers.length) / probe.numbers.size
        : 0) +
      associationBonus(this.paraphrase, probe, analysis);
    return { ...toHit(passage, round(score)), reasons };
  }
}

/** The numbers the probe states that the candidate states too, in the probe's order. */
function sharedNumbers(probe: Probe, analysis: PassageAnalysis): number[] {
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
  otherQuotes: readonly StoredQuote[],
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

function sharedFigures(probe: Probe, otherFigures: readonly StoredFigure[]): StoredFigure[] {
  const mine = new Set(probe.figures.map((figure) => `${figure.unit} ${figure.value}`));
  const shared = new Map<string, StoredFigure>();
  for (const figure of otherFigures) {
    const key = `${figure.unit} ${figure.value}`;
    if (mine.has(key) && !shared.has(key)) shared.set(key, figure);
  }
  return [...shared.values()];
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
