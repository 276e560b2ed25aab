import type { DatabaseSync } from 'node:sqlite';
import type { Channel, Output, ParsedInput } from '../../shared/contract';
import type { AutoBackups } from './backups/auto-backups';
import type { Embedder } from './embedding/embedder';
import type { WordCounts } from './crosscheck/similar.service';
import type { FilePreparer } from './import/import.service';
import type { ApproximateIndex } from './search/nearest';

/**
 * What every feature's handlers are built from, typed by what the services use of each part;
 * the composition root (src/main/app/corpus.ts) builds the concrete ones.
 */
export interface ServiceContext {
  db: DatabaseSync;
  embedder: Embedder;
  /** The approximate nearest-neighbour index; null searches vectors exactly. */
  vectorIndex: ApproximateIndex | null;
  /** The import's worker thread; null prepares files on the calling thread. */
  preparer: FilePreparer | null;
  /** Words' passage counts, the common ones read in the background; null counts them live. */
  termCounts: WordCounts | null;
  /** The marker file left when the corpus was not closed cleanly (null: never checked). */
  uncleanMarker?: string | null;
  /** Automatic backups (null in memory or read-only: nothing to back up into). */
  backups?: AutoBackups | null;
}

/** Handler functions for some channels, taking validated input. */
export type HandlersFor<C extends Channel> = {
  [K in C]: (input: ParsedInput<K>) => Output<K> | Promise<Output<K>>;
};
