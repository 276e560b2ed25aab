import type { z } from 'zod';
import { corpusContract } from './contracts/corpus.contract';
import { notesContract } from './contracts/notes.contract';
import { importContract } from './contracts/import.contract';
import { documentsContract } from './contracts/documents.contract';
import { crosscheckContract } from './contracts/crosscheck.contract';
import { embeddingContract } from './contracts/embedding.contract';
import { readerContract } from './contracts/reader.contract';
import { searchContract } from './contracts/search.contract';
import { timelineContract } from './contracts/timeline.contract';
import { supportContract } from './contracts/support.contract';
import { healthContract } from './contracts/health.contract';
import { backupsContract } from './contracts/backups.contract';

export {
  MAX_IMPORT_BYTES,
  importSourceSchema,
  type ImportSource,
} from './contracts/corpus.contract';

/**
 * Every call between the renderer and main, declared once: channel `feature:verb`, its zod
 * input schema and its output type, gathered from one contract file per feature. Preload,
 * IPC, HTTP server, CLI and renderer client are all typed from this object; nothing else
 * declares a channel.
 */
export const contract = {
  ...corpusContract,
  ...searchContract,
  ...notesContract,
  ...importContract,
  ...documentsContract,
  ...timelineContract,
  ...crosscheckContract,
  ...embeddingContract,
  ...readerContract,
  ...supportContract,
  ...healthContract,
  ...backupsContract,
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
