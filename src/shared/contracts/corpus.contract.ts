import { z } from 'zod';
import type { CorpusStats, DocumentDetail, DocumentSummary, ImportOutcome } from '../domain';
import { channel } from './channel';

/** Largest file accepted in one import call (base64 over HTTP inflates it by a third). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** A file to import: a path (Electron, CLI) or its bytes (browser mode). */
export const importSourceSchema = z.union([
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }),
  z.object({
    kind: z.literal('bytes'),
    name: z.string().min(1).max(1024),
    base64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4),
  }),
]);
export type ImportSource = z.infer<typeof importSourceSchema>;

/** Calls that import files and read documents. */
export const corpusContract = {
  'corpus:import': channel<ImportOutcome[]>()(
    z.object({ sources: z.array(importSourceSchema).min(1).max(100) }),
  ),
  'corpus:list': channel<DocumentSummary[]>()(z.object({})),
  'corpus:stats': channel<CorpusStats>()(z.object({})),
  'documents:get': channel<DocumentDetail>()(z.object({ id: z.number().int().positive() })),
};
