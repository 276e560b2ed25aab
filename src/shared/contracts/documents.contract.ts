import { z } from 'zod';
import type {
  CitedDocument,
  DeletedDocument,
  DocumentDetail,
  DocumentSource,
  ReprocessJob,
} from '../domain';
import { channel } from './channel';

const id = z.number().int().positive();
const fieldValue = z.string().trim().max(2000).nullable().optional();

/** Calls that read one document, correct what an import made of it, re-process or delete it. */
export const documentsContract = {
  'documents:get': channel<DocumentDetail>()(z.object({ id })),
  /** The blocks an import made of a file (body and boilerplate) and where each field came from. */
  'documents:source': channel<DocumentSource>()(z.object({ id })),
  /** Corrects document fields; null gives a field back to the import. Kept across re-processing. */
  'documents:update': channel<DocumentDetail>()(
    z.object({
      id,
      fields: z.object({
        title: fieldValue,
        outlet: fieldValue,
        author: fieldValue,
        url: fieldValue,
        publishedAt: fieldValue,
        language: z.enum(['fr', 'en']).nullable().optional(),
      }),
    }),
  ),
  /**
   * Puts one block or several back, or sets them aside (a run of key points the import took for
   * page furniture), then re-processes the document once.
   */
  'documents:setBlocks': channel<DocumentDetail>()(
    z.object({
      id,
      ordinals: z.array(z.number().int().min(0)).min(1).max(1000),
      included: z.boolean(),
    }),
  ),
  /** The current bibliographic fields of documents (for citations drawn in notes). */
  'documents:sources': channel<CitedDocument[]>()(z.object({ ids: z.array(id).max(500) })),
  /** Sets the same fields on several documents at once (bulk correction from the library). */
  'documents:updateMany': channel<{ updated: number }>()(
    z.object({
      ids: z.array(id).min(1).max(500),
      fields: z.object({ outlet: fieldValue, publishedAt: fieldValue }),
    }),
  ),
  /** Makes the document again from its stored original bytes with the current rules. */
  'documents:reprocess': channel<DocumentDetail>()(z.object({ id })),
  /**
   * Re-processes every document in the background, one transaction each, after an automatic
   * backup; answers at once with the job's state (a job already running is left to run).
   */
  'documents:reprocessAll': channel<ReprocessJob>()(z.object({})),
  'documents:reprocessAllStatus': channel<ReprocessJob>()(z.object({})),
  /** Stops after the document being re-processed; the ones done stay done. */
  'documents:reprocessAllCancel': channel<ReprocessJob>()(z.object({})),
  /**
   * Deletes a document and its passages; its highlights stay, as orphans with their quotes. The
   * documents whose estimated date rested on it are dated again without it (`redated`).
   */
  'documents:delete': channel<DeletedDocument>()(z.object({ id })),
};
