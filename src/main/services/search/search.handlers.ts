import type { searchContract } from '../../../shared/contracts/search.contract';
import type { HandlersFor, ServiceContext } from '../context';
import { NearestPassages } from './nearest';
import { SearchService } from './search.service';

/** Passage search. */
export function searchHandlers({
  db,
  embedder,
  vectorIndex,
}: ServiceContext): HandlersFor<keyof typeof searchContract> {
  const search = new SearchService(db, embedder, new NearestPassages(db, vectorIndex));
  return {
    'search:query': ({ query, limit, mode, filters }) => search.query(query, limit, mode, filters),
  };
}
