import type { corpusContract } from '../../../shared/contracts/corpus.contract';
import { RecoupeError } from '../../../shared/result';
import { DocumentsRepository } from '../../db/repositories/documents.repo';
import { LibraryRepository } from '../../db/repositories/library.repo';
import { PassagesRepository } from '../../db/repositories/passages.repo';
import type { HandlersFor, ServiceContext } from '../context';
import { documentIndexers } from '../indexers';
import { ImportJobs } from '../import/import-jobs';
import { ImportService } from '../import/import.service';

/** Import, list and read documents. */
export function corpusHandlers({
  db,
  embedder,
  preparer,
}: ServiceContext): HandlersFor<keyof typeof corpusContract> {
  const documents = new DocumentsRepository(db);
  const passages = new PassagesRepository(db);
  const library = new LibraryRepository(db);
  // Files only: Telegram exports go through `import:start`, which asks its questions.
  const jobs = new ImportJobs(new ImportService(db, embedder, documentIndexers(), preparer));
  return {
    'corpus:import': ({ sources }) => jobs.importAll(sources),
    'corpus:list': () => documents.list(),
    'corpus:page': ({ offset, limit, ...query }) => library.page(query, offset, limit),
    'corpus:position': ({ id, ...query }) => library.position(query, id),
    'corpus:facets': () => library.facets(),
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
  };
}
