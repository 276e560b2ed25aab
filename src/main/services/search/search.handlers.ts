import type { searchContract } from '../../../shared/contracts/search.contract';
import type { HandlersFor, ServiceContext } from '../context';
import { withPrimarySources } from '../crosscheck/primary-similar';
import { SimilarService } from '../crosscheck/similar.service';
import { NearestPassages } from './nearest';
import { SearchService } from './search.service';

/** Passage search and similar passages. */
export function searchHandlers({
  db,
  embedder,
  vectorIndex,
  termCounts,
}: ServiceContext): HandlersFor<keyof typeof searchContract> {
  const nearest = new NearestPassages(db, vectorIndex);
  const search = new SearchService(db, embedder, nearest);
  const similar = new SimilarService(db, nearest, termCounts ?? undefined);
  return {
    'search:query': ({ query, limit, mode, filters }) => search.query(query, limit, mode, filters),
    'passages:similar': ({ passageId, limit }) =>
      withPrimarySources(db, passageId, similar.similar(passageId, limit)),
  };
}
