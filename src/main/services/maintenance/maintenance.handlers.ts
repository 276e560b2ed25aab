import { dirname } from 'node:path';
import type { maintenanceContract } from '../../../shared/contracts/maintenance.contract';
import { RecoupeError } from '../../../shared/result';
import type { HandlersFor, ServiceContext } from '../context';
import { backupDatabase, defaultBackupPath } from './backup';
import { runChecks } from './checks';

/** Consistency checks with safe repairs, and online backups. */
export function maintenanceHandlers(
  context: ServiceContext,
): HandlersFor<keyof typeof maintenanceContract> {
  return {
    'corpus:check': ({ repair }) => runChecks(context, { repair }),
    'corpus:backup': ({ path }) => {
      const location = context.db.location();
      if (!path && !location) {
        throw new RecoupeError('invalid-input', 'An in-memory corpus needs a backup path.');
      }
      return backupDatabase(context.db, path ?? defaultBackupPath(dirname(location!)));
    },
  };
}
