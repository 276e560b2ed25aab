import type { DatabaseSync } from 'node:sqlite';
import type { PassageHit, SnippetPart } from '../../../shared/domain';
import { publishedRangeOf } from '../../../shared/published-range';
import {
  MATCH_CLOSE,
  MATCH_OPEN,
  SearchRepository,
  type PassageFilters,
  type RankedPassage,
} from '../../db/repositories/search.repo';
import { NearestPassages } from './nearest';
import type { Embedder } from '../embedding/embedder';
import { toFtsQuery } from './fts-query';
import { snippetFor } from './snippet';
import { stemVariants } from './stem-variants';

/** Reciprocal-rank-fusion constant from Cormack et al. (2009); 60 is the usual choice. */
export const RRF_K = 60;

/**
 * Vector neighbours farther than this (cosine distance) are left out of query results: with
 * the lexical embedder a short query's unrelated neighbours sit around 0.6–0.8, so only clear
 * resemblances join the full-text matches.
 */
export const QUERY_MAX_DISTANCE = 0.55;

/** Words whose inflections a search service remembers at most. */
const MAX_REMEMBERED_WORDS = 5000;

/** Which rankings a search combines. */
export type SearchMode = 'hybrid' | 'text' | 'vector';

/** Fuses ranked lists: each item scores Σ 1 / (RRF_K + rank) over the lists it appears in. */
export function reciprocalRankFusion<T>(
  lists: readonly (readonly T[])[],
  key: (item: T) => number,
) {
  const fused = new Map<number, { item: T; score: number }>();
  for (const list of lists) {
    list.forEach((item, index) => {
      const entry = fused.get(key(item)) ?? { item, score: 0 };
      entry.score += 1 / (RRF_K + index + 1);
      fused.set(key(item), entry);
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score);
}

/** Splits an FTS snippet with match markers into marked and unmarked runs. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of snippet.split(MATCH_OPEN)) {
    const [matched, after] = piece.includes(MATCH_CLOSE) ? piece.split(MATCH_CLOSE) : [null, piece];
    if (matched) parts.push({ text: matched, match: true });
    if (after) parts.push({ text: after, match: false });
  }
  return parts;
}

function plainSnippet(text: string): SnippetPart[] {
  return [{ text: text.length > 240 ? `${text.slice(0, 240)}…` : text, match: false }];
}

/** A ranked passage as a search hit with its snippet. */
export function toHit(passage: RankedPassage, score: number): PassageHit {
  return {
    passageId: passage.passageId,
    documentId: passage.documentId,
    ordinal: passage.ordinal,
    text: passage.text,
    score,
    documentTitle: passage.documentTitle,
    outlet: passage.outlet,
    publishedAt: passage.publishedAt,
    publishedBasis: passage.publishedBasis,
    ...publishedRangeOf(passage),
    snippet: passage.snippet ? snippetParts(passage.snippet) : plainSnippet(passage.text),
  };
}

/** Hybrid passage search: FTS5 BM25 and vector KNN fused by reciprocal rank. */
export class SearchService {
  private readonly search: SearchRepository;
  private readonly variants = new Map<string, string[]>();
  private variantsGeneration = -1;

  constructor(
    db: DatabaseSync,
    private readonly embedder: Embedder,
    private readonly vectors: NearestPassages = new NearestPassages(db, null),
    /** Whether words also match their other inflections (off only to measure the difference). */
    private readonly inflections = true,
  ) {
    this.search = new SearchRepository(db);
  }

  /** Passages matching a query, best first. */
  async query(
    query: string,
    limit: number,
    mode: SearchMode = 'hybrid',
    filters: PassageFilters = {},
  ): Promise<PassageHit[]> {
    if (!query.trim()) return [];
    // Each ranking contributes more candidates than shown so fusion can reorder them.
    const candidates = limit * 3;
    const text = mode === 'vector' ? [] : this.fullText(query, filters, candidates);
    const vector = mode === 'text' ? [] : await this.nearest(query, filters, candidates);
    if (mode !== 'hybrid') {
      return (text.length ? text : vector)
        .slice(0, limit)
        .map((passage, index) => toHit(passage, 1 / (RRF_K + index + 1)));
    }
    // A vector neighbour that FTS also found keeps FTS's snippet with its marked words.
    const snippets = new Map(text.map((passage) => [passage.passageId, passage.snippet]));
    return reciprocalRankFusion([text, vector], (passage) => passage.passageId)
      .slice(0, limit)
      .map(({ item, score }) =>
        toHit({ ...item, snippet: item.snippet ?? snippets.get(item.passageId) }, score),
      );
  }

  private fullText(query: string, filters: PassageFilters, limit: number): RankedPassage[] {
    const variants = this.inflections ? (word: string) => this.variantsOf(word) : undefined;
    const all = toFtsQuery(query, { prefixLastWord: true, variants });
    if (!all) return [];
    const withSnippets = (passages: RankedPassage[], match: string) =>
      passages.map((passage) => ({ ...passage, snippet: snippetFor(passage.text, match) }));
    const found = this.search.fullText(all, filters, limit);
    if (found.length > 0) return withSnippets(found, all);
    // Nothing has every word: fall back to any word, still ranked by BM25.
    const any = toFtsQuery(query, { prefixLastWord: true, any: true, variants });
    return any && any !== all ? withSnippets(this.search.fullText(any, filters, limit), any) : [];
  }

  /**
   * A word's inflections, remembered while the corpus holds the same passages: search runs
   * again at every keystroke, and only the word being typed is new. An import (a new highest
   * passage id) forgets them, since it may bring new forms.
   */
  private variantsOf(word: string): string[] {
    const generation = this.search.lastPassageId();
    if (generation !== this.variantsGeneration || this.variants.size >= MAX_REMEMBERED_WORDS) {
      this.variants.clear();
      this.variantsGeneration = generation;
    }
    let found = this.variants.get(word);
    if (!found) {
      found = stemVariants(word, (from, to, limit) => this.search.vocabulary(from, to, limit));
      this.variants.set(word, found);
    }
    return found;
  }

  private async nearest(
    query: string,
    filters: PassageFilters,
    k: number,
  ): Promise<RankedPassage[]> {
    const [vector] = await this.embedder.embed([query]);
    if (!vector) return [];
    return this.vectors
      .find(vector, k, filters)
      .filter((passage) => passage.rank <= QUERY_MAX_DISTANCE)
      .slice(0, k);
  }
}
