import type { crosscheckContract } from '../../../shared/contracts/crosscheck.contract';
import type { HandlersFor, ServiceContext } from '../context';
import { CorroborationService } from './corroboration.service';

/** Corroboration of quotes and figures across sources. */
export function crosscheckHandlers({
  db,
}: ServiceContext): HandlersFor<keyof typeof crosscheckContract> {
  const corroboration = new CorroborationService(db);
  return {
    'corroboration:list': () => corroboration.list(),
  };
}
