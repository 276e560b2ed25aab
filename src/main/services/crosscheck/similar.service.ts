import type { DatabaseSync } from 'node:sqlite';
import type { SimilarPassage } from '../../../shared/crosscheck';
import { RecoupeError } from '../../../shared/result';
import { CrosscheckRepository, passagesByIds } from '../../db/repositories/crosscheck.repo';
import { DocumentsRepository } from '../../db/repositories/documents.repo';
import { PassagesRepository } from '../../db/repositories/passages.repo';
import { SearchRepository, type RankedPassage } from '../../db/repositories/search.repo';
import { NearestPassages } from '../search/nearest';
import { foldAccents, isStopWord } from '../text/words';
import { PassageAnalyses, sharedPairs, stemPairs } from './passage-analysis';
import { stemSet } from './overlap';
import {
  bestCandidates,
  DEFAULT_PARAPHRASE,
  spelledOut,
  type Candidate,
  type Lookups,
  type ParaphraseSignals,
  type Probe,
} from './similar-scoring';
import { TermCounts } from './term-counts';

export {
  DEFAULT_PARAPHRASE,
  SIGNAL_WEIGHTS,
  type ParaphraseSignals,
  type SoftOverlap,
} from './similar-scoring';

/** How many candidates each retrieval contributes before re-scoring. */
const CANDIDATES = 100;
/** Distinctive words of the passage sent to BM25. */
const QUERY_TERMS = 20;

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
      quotes: groupBy(this.crosscheck.quoteStems(ids), (quote) => quote.passageId),
      figures: groupBy(this.crosscheck.figureValues(ids), (figure) => figure.passageId),
      distances: new Map(
        candidates.flatMap(({ passage, distance }) =>
          distance === undefined ? [] : [[passage.passageId, distance]],
        ),
      ),
      farthest: Math.max(0, ...candidates.map(({ distance }) => distance ?? 0)),
    };
    // Only the hits shown are spelled out with their reasons.
    return bestCandidates(probe, candidates, lookups, this.paraphrase, limit).map((hit) =>
      spelledOut(probe, hit),
    );
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
    const quotes = this.crosscheck.quoteStems([passageId]).map((quote) => ({
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
      figures: this.crosscheck.figureValues([passageId]),
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
