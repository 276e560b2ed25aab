import { startWorker, workerFile } from '../support/worker-file';

/** What the worker found: SQLite's lines (['ok'] when sound) and the damaged tables. */
export interface QuickCheckResult {
  lines: string[];
  damagedTables: string[];
}

/**
 * Runs the quick check of the corpus file on a worker thread with its own read-only
 * connection. Resolves null when no worker can do it (none in this build, or the worker could
 * not open the file): the caller then checks on its own connection.
 */
export function quickCheckOffThread(file: string): Promise<QuickCheckResult | null> {
  const found = workerFile('quick-check-worker', import.meta.url);
  if (!found) return Promise.resolve(null);
  return new Promise((resolve) => {
    const worker = startWorker(found, { workerData: { file } });
    let settled = false;
    const settle = (result: QuickCheckResult | null) => {
      if (settled) return;
      settled = true;
      resolve(result);
      void worker.terminate();
    };
    worker.on('message', (reply: QuickCheckResult | { failed: string }) =>
      settle('failed' in reply ? null : reply),
    );
    worker.on('error', () => settle(null));
    worker.on('exit', () => settle(null));
  });
}
