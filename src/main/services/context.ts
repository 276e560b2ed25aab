import type { DatabaseSync } from 'node:sqlite';
import type { Channel, Output, ParsedInput } from '../../shared/contract';
import type { Embedder } from './embedding/embedder';

/** What every feature's handlers are built from. */
export interface ServiceContext {
  db: DatabaseSync;
  embedder: Embedder;
}

/** Handler functions for some channels, taking validated input. */
export type HandlersFor<C extends Channel> = {
  [K in C]: (input: ParsedInput<K>) => Output<K> | Promise<Output<K>>;
};
