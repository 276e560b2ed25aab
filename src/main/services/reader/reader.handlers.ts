import type { readerContract } from '../../../shared/contracts/reader.contract';
import { HighlightsRepository } from '../../db/repositories/highlights.repo';
import type { HandlersFor, ServiceContext } from '../context';
import { HighlightsService } from './highlights.service';

/** Highlights and their anchors. */
export function readerHandlers({ db }: ServiceContext): HandlersFor<keyof typeof readerContract> {
  const service = new HighlightsService(db);
  const highlights = new HighlightsRepository(db);
  return {
    'highlights:list': ({ documentId }) => service.list(documentId),
    'highlights:create': (request) => service.create(request),
    'highlights:update': ({ id, ...changes }) => service.update(id, changes),
    'highlights:delete': ({ id }) => service.delete(id),
    'highlights:reanchor': ({ documentId }) => service.reanchor(documentId),
    'highlights:orphaned': () => highlights.withoutDocument(),
  };
}
