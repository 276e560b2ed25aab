import type { crosscheckContract } from '../../../shared/contracts/crosscheck.contract';
import { storageError } from '../../db/storage-errors';
import type { HandlersFor, ServiceContext } from '../context';
import { logError } from '../support/error-log';
import { CorroborationService } from './corroboration.service';
import { indexMissingDocuments } from './crosscheck.indexer';
import { withPrimarySources } from './primary-similar';
import { SimilarService } from './similar.service';
import { NearestPassages } from '../search/nearest';

/** Corroboration of quotes and figures across sources, and passages similar to one. */
export function crosscheckHandlers({
  db,
  vectorIndex,
  termCounts,
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
  const similar = new SimilarService(
    db,
    new NearestPassages(db, vectorIndex),
    termCounts ?? undefined,
  );
  return {
    'corroboration:list': () => corroboration.list(),
    'crosscheck:similar': ({ passageId, limit }) =>
      withPrimarySources(db, passageId, similar.similar(passageId, limit)),
  };
}
