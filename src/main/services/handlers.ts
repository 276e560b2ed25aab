import type { Channel } from '../../shared/contract';
import type { HandlersFor, ServiceContext } from './context';
import { corpusHandlers } from './corpus/corpus.handlers';
import { notesHandlers } from './notes/notes.handlers';
import { importHandlers } from './import/import.handlers';
import { documentsHandlers } from './documents/documents.handlers';
import { crosscheckHandlers } from './crosscheck/crosscheck.handlers';
import { embeddingHandlers } from './embedding/embedding.handlers';
import { readerHandlers } from './reader/reader.handlers';
import { searchHandlers } from './search/search.handlers';
import { timelineHandlers } from './timeline/timeline.handlers';
import { supportHandlers } from './support/support.handlers';
import { healthHandlers } from './health/health.handlers';
import { backUpBeforeRewriting, backupsHandlers } from './backups/backups.handlers';

/** One function per contract channel, taking validated input. */
export type Handlers = HandlersFor<Channel>;

/** Builds the handlers every front door (IPC, HTTP, CLI) calls, one feature at a time. */
export function createHandlers(context: ServiceContext): Handlers {
  const handlers: Handlers = {
    ...corpusHandlers(context),
    ...searchHandlers(context),
    ...notesHandlers(context),
    ...importHandlers(context),
    ...documentsHandlers(context),
    ...timelineHandlers(context),
    ...crosscheckHandlers(context),
    ...embeddingHandlers(context),
    ...readerHandlers(context),
    ...supportHandlers(),
    ...healthHandlers(context),
    ...backupsHandlers(context),
  };
  return backUpBeforeRewriting(handlers, context.backups);
}
