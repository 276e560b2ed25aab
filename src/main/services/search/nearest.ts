import type { DatabaseSync } from 'node:sqlite';
import { PassagesRepository } from '../../db/repositories/passages.repo';
import {
  SearchRepository,
  type PassageFilters,
  type RankedPassage,
} from '../../db/repositories/search.repo';
import type { VectorIndex } from './vector-index';

/** The widest candidate list asked of the index before falling back to the exact scan. */
const MOST_CANDIDATES = 4096;
/** Candidates re-scored per result wanted: int8 distances misorder close neighbours. */
const RESCORED_PER_RESULT = 2;
/** Extra candidates when one document is left out: its own passages are often the nearest. */
const EXCLUDED_DOCUMENT_ROOM = 64;

function cosineDistance(first: Float32Array, second: Float32Array): number {
  let dot = 0;
  let firstNorm = 0;
  let secondNorm = 0;
  for (let index = 0; index < first.length; index++) {
    dot += first[index]! * second[index]!;
    firstNorm += first[index]! * first[index]!;
    secondNorm += second[index]! * second[index]!;
  }
  return firstNorm && secondNorm ? 1 - dot / Math.sqrt(firstNorm * secondNorm) : 1;
}

/**
 * Nearest passages to a vector: candidates from the approximate index, filtered in SQL and
 * re-scored with their exact float32 vectors (the index keeps int8 copies); the exact sqlite-vec
 * scan answers while the index is not ready, or when filters leave too few candidates.
 */
export class NearestPassages {
  private readonly search: SearchRepository;
  private readonly passages: PassagesRepository;

  constructor(
    db: DatabaseSync,
    private readonly index: VectorIndex | null,
  ) {
    this.search = new SearchRepository(db);
    this.passages = new PassagesRepository(db);
  }

  /**
   * Up to k passages by cosine distance (as `rank`), nearest first. Without `rescore` the
   * index's int8 distances rank them: for callers that only want candidates and score them
   * again themselves (similar passages), which saves reading every candidate's vector twice.
   */
  find(
    vector: Float32Array,
    k: number,
    filters: PassageFilters = {},
    excludeDocumentId?: number,
    { rescore = true }: { rescore?: boolean } = {},
  ): RankedPassage[] {
    const filtered = Object.values(filters).some((value) => value !== undefined);
    let wanted =
      (filtered ? k * 10 : rescore ? k * RESCORED_PER_RESULT : k) +
      (excludeDocumentId === undefined ? 0 : EXCLUDED_DOCUMENT_ROOM);
    while (this.index && wanted <= MOST_CANDIDATES) {
      const neighbours = this.index.nearest(vector, wanted);
      if (!neighbours) break;
      const kept = this.search.passagesIn(
        neighbours.map((neighbour) => neighbour.passageId),
        filters,
        excludeDocumentId,
      );
      // Enough survived the filters, or the index has no more to give.
      if (kept.length >= k || neighbours.length < wanted) {
        if (rescore) return this.rescore(vector, kept, k);
        const distances = new Map(neighbours.map((found) => [found.passageId, found.distance]));
        return kept
          .map((passage) => ({ ...passage, rank: distances.get(passage.passageId)! }))
          .sort((first, second) => first.rank - second.rank)
          .slice(0, k);
      }
      wanted *= 4;
    }
    return this.search
      .nearest(vector, filtered ? k * 10 : k, filters, excludeDocumentId)
      .slice(0, k);
  }

  private rescore(
    vector: Float32Array,
    candidates: Omit<RankedPassage, 'rank'>[],
    k: number,
  ): RankedPassage[] {
    return candidates
      .map((candidate) => {
        const stored = this.passages.vector(candidate.passageId);
        return { ...candidate, rank: stored ? cosineDistance(vector, stored) : 1 };
      })
      .sort((first, second) => first.rank - second.rank)
      .slice(0, k);
  }
}
