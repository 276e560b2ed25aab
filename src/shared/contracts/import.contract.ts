import { z } from 'zod';
import type {
  CitedDocument,
  DocumentDetail,
  DocumentSource,
  ImportJob,
  ReprocessJob,
  TelegramChannel,
} from '../domain';
import { channel } from './channel';
import { importSourceSchema } from './corpus.contract';

const id = z.number().int().positive();
const jobId = z.string().min(1).max(100);
const fieldValue = z.string().trim().max(2000).nullable().optional();

/** Calls that run imports in the background and let the user correct what an import made. */
export const importContract = {
  /** Starts an import job (paths may be folders, walked in main); answers at once. */
  'import:start': channel<ImportJob>()(
    z.object({ sources: z.array(importSourceSchema).max(100).default([]) }),
  ),
  /** Adds files to a running job (browser mode sends them one by one, never all at once). */
  'import:add': channel<ImportJob>()(
    z.object({ jobId, sources: z.array(importSourceSchema).min(1).max(100) }),
  ),
  'import:status': channel<ImportJob>()(z.object({ jobId })),
  'import:cancel': channel<ImportJob>()(z.object({ jobId })),
  /**
   * Answers a file's question (see ImportQuestion): the file is imported again with the
   * user's yes, from what main kept of it (no path or bytes are sent again).
   */
  'import:confirm': channel<ImportJob>()(
    z
      .object({
        jobId,
        key: z.number().int().min(0),
        privateChat: z.literal(true).optional(),
        keepPartial: z.literal(true).optional(),
      })
      .refine((answer) => answer.privateChat || answer.keepPartial, {
        message: 'confirm a private chat, or keeping the posts read, or both',
      }),
  ),
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
  /** Puts a block back into the article, or sets it aside, then re-processes the document. */
  'documents:setBlock': channel<DocumentDetail>()(
    z.object({ id, ordinal: z.number().int().min(0), included: z.boolean() }),
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
  /** The Telegram channels (and confirmed chats) whose posts the corpus holds. */
  'telegram:channels': channel<TelegramChannel[]>()(z.object({})),
  /**
   * Gives a channel's public name (t.me/<name>): its posts get their links. Asked once per
   * channel, kept for later exports; null forgets it.
   */
  'telegram:setPublicName': channel<TelegramChannel>()(
    z.object({
      channelId: id,
      publicName: z
        .string()
        .trim()
        .transform((name) => name.replace(/^(?:https?:\/\/)?t\.me\//i, '').replace(/^@/, ''))
        .pipe(z.string().regex(/^[A-Za-z0-9_]{3,64}$/, 'a public name is letters, digits and _'))
        .nullable(),
    }),
  ),
};
