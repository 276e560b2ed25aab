import type { supportContract } from '../../../shared/contracts/support.contract';
import type { HandlersFor } from '../context';
import { errorLogFile, recentLogEntries } from './error-log';

/** The log's location and newest entries, for _Report a problem_. */
export function supportHandlers(): HandlersFor<keyof typeof supportContract> {
  return {
    'support:report': ({ limit }) => ({
      logFile: errorLogFile(),
      entries: recentLogEntries(limit).map(({ time, reference, where, message }) => ({
        time,
        reference,
        where,
        message,
      })),
    }),
  };
}
