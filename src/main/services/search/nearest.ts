import type { DatabaseSync } from 'node:sqlite';
import {
  SearchRepository,
  type PassageFilters,
  type RankedPassage,
} from '../../db/repositories/search.repo';

/** The widest candidate list asked of the index before falling back to the exact scan. */
const MOST_CANDIDATES = 4096;
/** Extra candidates when one document is left out: its own passages are often the nearest. */
const EXCLUDED_DOCUMENT_ROOM = 64;

/**
 * What nearest-passage search asks of an approximate vector index (VectorIndex): up to k
 * candidates with their distances, or null when it cannot answer and the exact scan must.
 */
export interface ApproximateIndex {
  nearest(vector: Float32Array, k: number): { passageId: number; distance: number }[] | null;
}

/**
 * Nearest passages to a vector: from the approximate index, filtered in SQL, ranked by the
 * index's int8 cosine distances (off by about 0.01 from float32; re-scoring exactly would read
 * each candidate's vector out of sqlite-vec at ~0.3 ms apiece at a million passages, more than
 * the search itself). The exact sqlite-vec scan answers while the index is not ready, or when
 * filters leave too few candidates.
 */
export class NearestPassages {
  private readonly search: SearchRepository;

  constructor(
    db: DatabaseSync,
    private readonly index: ApproximateIndex | null,
  ) {
    this.search = new SearchRepository(db);
  }

  /** Up to k passages by cosine distance (as `rank`), nearest first. */
  find(
    vector: Float32Array,
    k: number,
    filters: PassageFilters = {},
    excludeDocumentId?: number,
  ): RankedPassage[] {
    const filtered = Object.values(filters).some((value) => value !== undefined);
    let wanted =
      (filtered ? k * 10 : k) + (excludeDocumentId === undefined ? 0 : EXCLUDED_DOCUMENT_ROOM);
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
}
