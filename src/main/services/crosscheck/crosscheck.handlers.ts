import type { crosscheckContract } from '../../../shared/contracts/crosscheck.contract';
import { storageError } from '../../db/storage-errors';
import type { HandlersFor, ServiceContext } from '../context';
import { logError } from '../support/error-log';
import { CorroborationService } from './corroboration.service';
import { indexMissingDocuments } from './crosscheck.indexer';

/** Corroboration of quotes and figures across sources. */
export function crosscheckHandlers({
  db,
}: ServiceContext): HandlersFor<keyof typeof crosscheckContract> {
  // A corpus from an older build gets its quotes, figures and fingerprints once, on opening.
  // A damaged file still opens: the health check says so and offers the way back.
  try {
    indexMissingDocuments(db);
  } catch (error) {
    if (storageError(error)?.code !== 'corpus-damaged') throw error;
    logError('cross-check indexing on opening', error);
  }
  const corroboration = new CorroborationService(db);
  return {
    'corroboration:list': () => corroboration.list(),
  };
}
