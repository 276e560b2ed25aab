import { z } from 'zod';
import type {
  CorpusStats,
  DocumentDetail,
  DocumentSummary,
  ImportOutcome,
  PassageHit,
} from './domain';

/**
 * Every call between the renderer and main, declared once: channel `feature:verb`, its zod
 * input schema and its output type. Preload, IPC, HTTP server, CLI and renderer client are
 * all typed from this object; nothing else declares a channel.
 */

/** Largest file accepted in one import call (base64 over HTTP inflates it by a third). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const id = z.number().int().positive();
const limit = z.number().int().min(1).max(200).default(20);

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

const searchFilters = z
  .object({
    outlet: z.string().max(500).optional(),
    language: z.string().max(20).optional(),
    documentId: id.optional(),
    from: z.string().max(40).optional(),
    to: z.string().max(40).optional(),
  })
  .default({});

/** Declares one channel: its input schema, with the output carried as a phantom type. */
function channel<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({
    input,
    output: undefined as unknown as Output,
  });
}

const empty = z.object({});

export const contract = {
  'corpus:import': channel<ImportOutcome[]>()(
    z.object({ sources: z.array(importSourceSchema).min(1).max(100) }),
  ),
  'corpus:list': channel<DocumentSummary[]>()(empty),
  'corpus:stats': channel<CorpusStats>()(empty),
  'documents:get': channel<DocumentDetail>()(z.object({ id })),
  'search:query': channel<PassageHit[]>()(
    z.object({
      query: z.string().max(1000),
      limit,
      mode: z.enum(['hybrid', 'text', 'vector']).default('hybrid'),
      filters: searchFilters,
    }),
  ),
  'passages:similar': channel<PassageHit[]>()(z.object({ passageId: id, limit })),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller passes (defaults optional). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives after validation (defaults filled in). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C]['output'];

/** The list of channels, for the preload and the server to whitelist. */
export const channels = Object.keys(contract) as Channel[];

/** Type guard for a channel name arriving from outside. */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
