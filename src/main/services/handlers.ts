import type { DatabaseSync } from 'node:sqlite';
import type { Channel, Output, ParsedInput } from '../../shared/contract';
import { RecoupeError } from '../../shared/result';
import { DocumentsRepository } from '../db/repositories/documents.repo';
import { PassagesRepository } from '../db/repositories/passages.repo';
import type { Embedder } from './embedding/embedder';
import { ImportService } from './import/import.service';
import { SearchService } from './search/search.service';

/** One function per contract channel, taking validated input. */
export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => Output<C> | Promise<Output<C>>;
};

/** Builds the handlers every front door (IPC, HTTP, CLI) calls. */
export function createHandlers(db: DatabaseSync, embedder: Embedder): Handlers {
  const documents = new DocumentsRepository(db);
  const passages = new PassagesRepository(db);
  const importer = new ImportService(db, embedder);
  const search = new SearchService(db, embedder);
  return {
    'corpus:import': ({ sources }) => importer.importAll(sources),
    'corpus:list': () => documents.list(),
    'corpus:stats': () => ({
      documents: documents.count(),
      passages: passages.count(),
      embedder: embedder.id,
    }),
    'documents:get': ({ id }) => {
      const document = documents.get(id);
      if (!document) throw new RecoupeError('not-found', `Document ${id} does not exist.`);
      return { ...document, passages: passages.byDocument(id) };
    },
    'search:query': ({ query, limit, mode, filters }) => search.query(query, limit, mode, filters),
    'passages:similar': ({ passageId, limit }) => search.similar(passageId, limit),
  };
}
