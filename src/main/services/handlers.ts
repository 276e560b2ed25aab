import type { Channel } from '../../shared/contract';
import type { HandlersFor, ServiceContext } from './context';
import { corpusHandlers } from './corpus/corpus.handlers';
import { readerHandlers } from './reader/reader.handlers';
import { searchHandlers } from './search/search.handlers';

/** One function per contract channel, taking validated input. */
export type Handlers = HandlersFor<Channel>;

/** Builds the handlers every front door (IPC, HTTP, CLI) calls, one feature at a time. */
export function createHandlers(context: ServiceContext): Handlers {
  return {
    ...corpusHandlers(context),
    ...searchHandlers(context),
    ...readerHandlers(context),
  };
}
