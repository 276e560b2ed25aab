import type { backupsContract } from '../../../shared/contracts/backups.contract';
import { RecoupeError } from '../../../shared/result';
import type { Channel } from '../../../shared/contract';
import type { HandlersFor, ServiceContext } from '../context';
import type { AutoBackups } from './auto-backups';

/**
 * Calls that rewrite much of the corpus: an automatic backup is taken before each. (Restoring
 * and rebuilding a damaged corpus keep the damaged file aside instead; migrations make their
 * own copy first.)
 */
export const REWRITING_CHANNELS = ['embedding:use', 'documents:reprocessAll'] as const;

/** The automatic backups in the settings, and their size budget. */
export function backupsHandlers({
  backups,
}: ServiceContext): HandlersFor<keyof typeof backupsContract> {
  const service = () => {
    if (backups) return backups;
    throw new RecoupeError('invalid-input', 'This corpus keeps no automatic backups (in memory).');
  };
  return {
    'backups:list': () => service().summary(),
    'backups:setBudget': ({ megabytes }) => {
      service().setBudget(megabytes * 1024 * 1024);
      return service().summary();
    },
  };
}

/** Wraps the rewriting channels so a backup is taken (and verified) before each runs. */
export function backUpBeforeRewriting(
  handlers: HandlersFor<Channel>,
  backups: AutoBackups | null | undefined,
) {
  if (!backups) return handlers;
  for (const channel of REWRITING_CHANNELS) {
    const run = handlers[channel] as (input: unknown) => unknown;
    (handlers as Record<string, unknown>)[channel] = async (input: unknown) => {
      await backups.take();
      return run(input);
    };
  }
  return handlers;
}
