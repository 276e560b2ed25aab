import type { importContract } from '../../../shared/contracts/import.contract';
import type { DocumentDetail, EditableField } from '../../../shared/domain';
import { RecoupeError } from '../../../shared/result';
import { BlocksRepository } from '../../db/repositories/blocks.repo';
import { DocumentsRepository } from '../../db/repositories/documents.repo';
import { PassagesRepository } from '../../db/repositories/passages.repo';
import { TelegramRepository } from '../../db/repositories/telegram.repo';
import type { HandlersFor, ServiceContext } from '../context';
import { documentIndexers } from '../indexers';
import { ImportJobs } from './import-jobs';
import { TelegramImporter } from './telegram/telegram-import';
import { ImportService } from './import.service';
import { ReprocessAll } from './reprocess-all';
import { findDate } from './clean/dates';
import { blockKey, isShortText } from './preparation';

/**
 * Saves corrections of a document's fields, kept across re-processing: null gives a field back
 * to the import, '' clears it on purpose.
 */
function correct(
  documents: DocumentsRepository,
  id: number,
  fields: Partial<Record<EditableField, string | null | undefined>>,
): void {
  const date = fields.publishedAt;
  // A date is stored as ISO: one typed as people write it is read, anything else refused.
  if (date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date.trim()) && !findDate(date)) {
    throw new RecoupeError(
      'invalid-input',
      `“${date}” is not a date Recoupe understands: use 2024-10-28, 2024-10, 2024 or “28 octobre 2024”.`,
    );
  }
  const corrections = documents.corrections(id);
  const corrected: Partial<Record<EditableField, string | null>> = { ...corrections.fields };
  for (const [field, value] of Object.entries(fields)) {
    if (value === null) delete corrected[field as EditableField];
    else if (value !== undefined) corrected[field as EditableField] = value;
  }
  corrections.fields = corrected;
  documents.saveCorrections(id, corrections);
}

/** Background import jobs, document corrections and re-processing. */
export function importHandlers({
  db,
  embedder,
  preparer,
}: ServiceContext): HandlersFor<keyof typeof importContract> {
  const documents = new DocumentsRepository(db);
  const passages = new PassagesRepository(db);
  const blocks = new BlocksRepository(db);
  const telegram = new TelegramRepository(db);
  const importer = new ImportService(db, embedder, documentIndexers(), preparer);
  const jobs = new ImportJobs(importer, new TelegramImporter(db, importer));
  const everything = new ReprocessAll(documents, importer);

  const detail = (id: number): DocumentDetail => {
    const document = documents.get(id);
    if (!document) throw new RecoupeError('not-found', `Document ${id} does not exist.`);
    return { ...document, passages: passages.byDocument(id) };
  };
  const reprocess = async (id: number) => {
    await importer.reprocess(id);
    return detail(id);
  };

  return {
    'import:start': ({ sources }) => jobs.start(sources),
    'import:add': ({ jobId, sources }) => jobs.add(jobId, sources),
    'import:status': ({ jobId }) => jobs.status(jobId),
    'import:cancel': ({ jobId }) => jobs.cancel(jobId),
    'import:confirm': ({ jobId, key, ...answer }) => jobs.confirm(jobId, key, answer),
    'documents:source': ({ id }) => {
      detail(id);
      const made = blocks.byDocument(id);
      return {
        documentId: id,
        blocks: made,
        fieldSources: documents.fieldSources(id),
        attribution: documents.attribution(id),
        shortText: isShortText(made),
      };
    },
    'documents:update': ({ id, fields }) => {
      detail(id);
      correct(documents, id, fields);
      return reprocess(id);
    },
    'documents:updateMany': async ({ ids, fields }) => {
      for (const id of ids) detail(id);
      for (const id of ids) {
        correct(documents, id, fields);
        await importer.reprocess(id);
      }
      return { updated: ids.length };
    },
    'documents:sources': ({ ids }) =>
      ids.flatMap((id) => {
        const document = documents.get(id);
        if (!document) return [];
        const { title, outlet, author, publishedAt, publishedBasis, url } = document;
        return [{ documentId: id, title, outlet, author, publishedAt, publishedBasis, url }];
      }),
    'documents:setBlock': ({ id, ordinal, included }) => {
      const block = blocks.byDocument(id).find((candidate) => candidate.ordinal === ordinal);
      if (!block) throw new RecoupeError('not-found', `Document ${id} has no block ${ordinal}.`);
      const corrections = documents.corrections(id);
      corrections.blocks = { ...corrections.blocks, [blockKey(block.text)]: included };
      documents.saveCorrections(id, corrections);
      return reprocess(id);
    },
    'documents:reprocess': ({ id }) => reprocess(id),
    'documents:reprocessAll': () => everything.start(),
    'documents:reprocessAllStatus': () => everything.status(),
    'documents:reprocessAllCancel': () => everything.cancel(),
    'telegram:channels': () => telegram.channels(),
    'telegram:setPublicName': ({ channelId, publicName }) => {
      const channel = telegram.channels().find((candidate) => candidate.id === channelId);
      if (!channel) throw new RecoupeError('not-found', `No Telegram channel ${channelId}.`);
      telegram.setPublicName(channelId, publicName);
      return { ...channel, publicName };
    },
  };
}
