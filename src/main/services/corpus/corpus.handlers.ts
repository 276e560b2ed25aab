import { dirname } from 'node:path';
import type { corpusContract } from '../../../shared/contracts/corpus.contract';
import { RecoupeError } from '../../../shared/result';
import { DocumentsRepository } from '../../db/repositories/documents.repo';
import { LibraryRepository } from '../../db/repositories/library.repo';
import { PassagesRepository } from '../../db/repositories/passages.repo';
import type { HandlersFor, ServiceContext } from '../context';
import { documentIndexers } from '../indexers';
import { ImportJobs } from '../import/import-jobs';
import { ImportService } from '../import/import.service';
import { backupDatabase, defaultBackupPath } from '../maintenance/backup';
import { runChecks } from '../maintenance/checks';

/** Import files, page through the library, check and back up the corpus. */
export function corpusHandlers(context: ServiceContext): HandlersFor<keyof typeof corpusContract> {
  const { db, embedder, preparer } = context;
  const documents = new DocumentsRepository(db);
  const passages = new PassagesRepository(db);
  const library = new LibraryRepository(db);
  // Files only: Telegram exports go through `import:start`, which asks its questions.
  const jobs = new ImportJobs(new ImportService(db, embedder, documentIndexers(), preparer));
  return {
    'corpus:import': ({ sources }) => jobs.importAll(sources),
    'corpus:page': ({ offset, limit, ...query }) => library.page(query, offset, limit),
    'corpus:position': ({ id, ...query }) => library.position(query, id),
    'corpus:facets': () => library.facets(),
    'corpus:stats': () => ({
      documents: documents.count(),
      passages: passages.count(),
      embedder: embedder.id,
    }),
    'corpus:check': ({ repair }) => runChecks(context, { repair }),
    'corpus:backup': ({ path }) => {
      const location = db.location();
      if (!path && !location) {
        throw new RecoupeError('invalid-input', 'An in-memory corpus needs a backup path.');
      }
      return backupDatabase(db, path ?? defaultBackupPath(dirname(location!)));
    },
  };
}
