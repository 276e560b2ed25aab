import { z } from 'zod';
import type { ImportJob, TelegramChannel } from '../domain';
import { channel } from './channel';
import { importSourceSchema } from './corpus.contract';

const id = z.number().int().positive();
const jobId = z.string().min(1).max(100);

/** Calls that run imports in the background, and the Telegram channels they brought in. */
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
