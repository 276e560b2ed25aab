import type { documentsContract } from '../../../shared/contracts/documents.contract';
import { DocumentsRepository } from '../../db/repositories/documents.repo';
import type { HandlersFor, ServiceContext } from '../context';
import { documentIndexers } from '../indexers';
import { ImportService } from '../import/import.service';
import { ReprocessAll } from '../import/reprocess-all';
import { DocumentsService } from './documents.service';

/** One document: read, correct, re-process, delete; and re-processing them all. */
export function documentsHandlers({
  db,
  embedder,
  preparer,
}: ServiceContext): HandlersFor<keyof typeof documentsContract> {
  const importer = new ImportService(db, embedder, documentIndexers(), preparer);
  const service = new DocumentsService(db, importer);
  const everything = new ReprocessAll(new DocumentsRepository(db), importer);
  return {
    'documents:get': ({ id }) => service.get(id),
    'documents:source': ({ id }) => service.source(id),
    'documents:update': ({ id, fields }) => service.update(id, fields),
    'documents:updateMany': ({ ids, fields }) => service.updateMany(ids, fields),
    'documents:sources': ({ ids }) => service.sources(ids),
    'documents:setBlocks': ({ id, ordinals, included }) =>
      service.setBlocks(id, ordinals, included),
    'documents:reprocess': ({ id }) => service.reprocess(id),
    'documents:reprocessAll': () => everything.start(),
    'documents:reprocessAllStatus': () => everything.status(),
    'documents:reprocessAllCancel': () => everything.cancel(),
    'documents:delete': ({ id }) => service.delete(id),
  };
}
