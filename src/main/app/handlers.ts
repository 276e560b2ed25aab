import type { Channel } from '../../shared/contract';
import type { HandlersFor, ServiceContext } from '../services/context';
import { corpusHandlers } from '../services/corpus/corpus.handlers';
import { notesHandlers } from '../services/notes/notes.handlers';
import { importHandlers } from '../services/import/import.handlers';
import { documentsHandlers } from '../services/documents/documents.handlers';
import { crosscheckHandlers } from '../services/crosscheck/crosscheck.handlers';
import { embeddingHandlers } from '../services/embedding/embedding.handlers';
import { readerHandlers } from '../services/reader/reader.handlers';
import { searchHandlers } from '../services/search/search.handlers';
import { timelineHandlers } from '../services/timeline/timeline.handlers';
import { supportHandlers } from '../services/support/support.handlers';
import { healthHandlers } from '../services/health/health.handlers';
import { backUpBeforeRewriting, backupsHandlers } from '../services/backups/backups.handlers';

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
