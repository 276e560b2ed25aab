import type { importContract } from '../../../shared/contracts/import.contract';
import { RecoupeError } from '../../../shared/result';
import { TelegramRepository } from '../../db/repositories/telegram.repo';
import type { HandlersFor, ServiceContext } from '../context';
import { documentIndexers } from '../indexers';
import { ImportJobs } from './import-jobs';
import { TelegramImporter } from './telegram/telegram-import';
import { ImportService } from './import.service';

/** Background import jobs, and the Telegram channels they brought in. */
export function importHandlers({
  db,
  embedder,
  preparer,
}: ServiceContext): HandlersFor<keyof typeof importContract> {
  const telegram = new TelegramRepository(db);
  const importer = new ImportService(db, embedder, documentIndexers(), preparer);
  const jobs = new ImportJobs(importer, new TelegramImporter(db, importer));

  return {
    'import:start': ({ sources }) => jobs.start(sources),
    'import:add': ({ jobId, sources }) => jobs.add(jobId, sources),
    'import:status': ({ jobId }) => jobs.status(jobId),
    'import:cancel': ({ jobId }) => jobs.cancel(jobId),
    'import:confirm': ({ jobId, key, ...answer }) => jobs.confirm(jobId, key, answer),
    'telegram:channels': () => telegram.channels(),
    'telegram:setPublicName': ({ channelId, publicName }) => {
      const channel = telegram.channels().find((candidate) => candidate.id === channelId);
      if (!channel) throw new RecoupeError('not-found', `No Telegram channel ${channelId}.`);
      telegram.setPublicName(channelId, publicName);
      return { ...channel, publicName };
    },
  };
}
