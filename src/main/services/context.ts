import type { DatabaseSync } from 'node:sqlite';
import type { Channel, Output, ParsedInput } from '../../shared/contract';
import type { AutoBackups } from './backups/auto-backups';
import type { Embedder } from './embedding/embedder';
import type { TermCounts } from './crosscheck/term-counts';
import type { PreparerPool } from './import/worker/preparer-pool';
import type { VectorIndex } from './search/vector-index';

/** What every feature's handlers are built from. */
export interface ServiceContext {
  db: DatabaseSync;
  embedder: Embedder;
  /** The approximate nearest-neighbour index; null searches vectors exactly. */
  vectorIndex: VectorIndex | null;
  /** The import's worker thread; null prepares files on the calling thread. */
  preparer: PreparerPool | null;
  /** Words' passage counts, the common ones read in the background; null counts them live. */
  termCounts: TermCounts | null;
  /** The marker file left when the corpus was not closed cleanly (null: never checked). */
  uncleanMarker?: string | null;
  /** Automatic backups (null in memory or read-only: nothing to back up into). */
  backups?: AutoBackups | null;
}

/** Handler functions for some channels, taking validated input. */
export type HandlersFor<C extends Channel> = {
  [K in C]: (input: ParsedInput<K>) => Output<K> | Promise<Output<K>>;
};
