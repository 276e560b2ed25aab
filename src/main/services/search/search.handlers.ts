import type { searchContract } from '../../../shared/contracts/search.contract';
import type { HandlersFor, ServiceContext } from '../context';
import { SimilarService } from '../crosscheck/similar.service';
import { SearchService } from './search.service';

/** Passage search and similar passages. */
export function searchHandlers({
  db,
  embedder,
}: ServiceContext): HandlersFor<keyof typeof searchContract> {
  const search = new SearchService(db, embedder);
  const similar = new SimilarService(db);
  return {
    'search:query': ({ query, limit, mode, filters }) => search.query(query, limit, mode, filters),
    'passages:similar': ({ passageId, limit }) => similar.similar(passageId, limit),
  };
}
