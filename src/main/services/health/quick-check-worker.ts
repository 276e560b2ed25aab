import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import { vectorExtensionPath } from '../../db/connection';
import { HealthRepository } from '../../db/repositories/health.repo';
import type { QuickCheckResult } from './quick-check';

// The health check's worker thread: `PRAGMA quick_check` reads every page of the corpus (tens
// of seconds at 100k articles), so it runs here on its own read-only connection while the main
// thread keeps serving the window. On damage it also finds which tables are hit.
const { file } = workerData as { file: string };

function check(): QuickCheckResult {
  // A file: URL opens as given (the benchmark reads a corpus immutable, writing nothing beside it).
  const target = file.startsWith('file:') ? new URL(file) : file;
  const db = new DatabaseSync(target, { readOnly: true, allowExtension: true });
  try {
    db.loadExtension(vectorExtensionPath());
    db.exec('PRAGMA busy_timeout = 5000');
    const repository = new HealthRepository(db);
    let lines: string[];
    try {
      lines = repository.quickCheck();
    } catch (error) {
      lines = [(error as Error).message];
    }
    const sound = lines.length === 1 && lines[0] === 'ok';
    return { lines, damagedTables: sound ? [] : repository.damagedTables() };
  } finally {
    db.close();
  }
}

let reply: QuickCheckResult | { failed: string };
try {
  reply = check();
} catch (error) {
  // Not opened here (a file that is no database at all, a locked drive): main checks it itself.
  reply = { failed: (error as Error).message };
}
parentPort!.postMessage(reply);
