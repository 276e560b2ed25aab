import { z } from 'zod';
import type { CorpusStats, ImportOutcome } from '../domain';
import { libraryQuerySchema, type LibraryFacets, type LibraryPage } from '../library';
import type { BackupOutcome, CheckReport } from '../maintenance';
import { MAX_IMPORT_BYTES } from '../import-limits';
import { channel } from './channel';

export { MAX_IMPORT_BYTES };

/** A file to import: a path (Electron, CLI) or its bytes (browser mode). */
/** What the user confirmed for a Telegram export: a private chat, or a broken file's start. */
const telegramConfirmations = z
  .object({ privateChat: z.boolean().optional(), keepPartial: z.boolean().optional() })
  .optional();

export const importSourceSchema = z.union([
  z.object({
    kind: z.literal('path'),
    path: z.string().min(1).max(4096),
    telegram: telegramConfirmations,
  }),
  z.object({
    kind: z.literal('bytes'),
    name: z.string().min(1).max(1024),
    base64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4),
    telegram: telegramConfirmations,
  }),
]);
export type ImportSource = z.infer<typeof importSourceSchema>;

/** Calls on the whole corpus: importing files, the library's pages, checks and backups. */
export const corpusContract = {
  'corpus:import': channel<ImportOutcome[]>()(
    z.object({ sources: z.array(importSourceSchema).min(1).max(100) }),
  ),
  /** One page of the library, sorted and filtered in SQL, with the filtered total. */
  'corpus:page': channel<LibraryPage>()(
    libraryQuerySchema.extend({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  ),
  /** Where a document sits in the library's current order (null when filtered out). */
  'corpus:position': channel<number | null>()(
    libraryQuerySchema.extend({ id: z.number().int().positive() }),
  ),
  /** Outlets, languages, years and tags for filters, without reading every document. */
  'corpus:facets': channel<LibraryFacets>()(z.object({})),
  'corpus:stats': channel<CorpusStats>()(z.object({})),
  /** Consistency checks, with the safe repairs when asked. */
  'corpus:check': channel<CheckReport>()(z.object({ repair: z.boolean().default(false) })),
  /** An online backup of the corpus file. */
  'corpus:backup': channel<BackupOutcome>()(
    z.object({
      /** An absolute path for the new file; by default a dated file in the data folder's backups/. */
      path: z.string().min(1).max(4096).optional(),
    }),
  ),
};
