import type { crosscheckContract } from '../../../shared/contracts/crosscheck.contract';
import type { HandlersFor, ServiceContext } from '../context';
import { CorroborationService } from './corroboration.service';
import { indexMissingDocuments } from './crosscheck.indexer';

/** Corroboration of quotes and figures across sources. */
export function crosscheckHandlers({
  db,
}: ServiceContext): HandlersFor<keyof typeof crosscheckContract> {
  // A corpus from an older build gets its quotes, figures and fingerprints once, on opening.
  indexMissingDocuments(db);
  const corroboration = new CorroborationService(db);
  return {
    'corroboration:list': () => corroboration.list(),
  };
}
