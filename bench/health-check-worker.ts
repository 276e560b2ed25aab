import { statSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { DatabaseSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { vectorExtensionPath } from '../src/main/db/connection';
import { HealthRepository } from '../src/main/db/repositories/health.repo';
import { quickCheckOffThread } from '../src/main/services/health/quick-check';

// `npx tsx bench/health-check-worker.ts --file DIR/corpus.sqlite [--main-thread]`: times the
// health check's quick_check as the app runs it, on its worker thread, and how late the main
// thread's event loop ran meanwhile (the window's responsiveness); with --main-thread, also the
// same check on the main thread, the same-run baseline. The worker's time includes starting it
// (under tsx here, which loads its TypeScript loader; the app starts a bundled .js). The corpus is opened immutable and
// read-only: nothing is written in its folder, not even a -shm (use it on a closed corpus).
const { values } = parseArgs({
  options: { file: { type: 'string' }, 'main-thread': { type: 'boolean', default: false } },
});
const file = values.file!;
const url = pathToFileURL(file);
url.searchParams.set('immutable', '1');

async function measure(run: () => Promise<string[]>) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const load = loadavg()[0]!;
  const start = performance.now();
  const lines = await run();
  const seconds = (performance.now() - start) / 1000;
  // A blocked loop's delay is recorded by the next timer tick: let one come.
  await new Promise((resolve) => setTimeout(resolve, 50));
  delay.disable();
  return {
    seconds,
    result: lines.slice(0, 3),
    loadAverageAtStart: load,
    longestEventLoopStallMs: delay.max / 1e6,
  };
}

// Read once first so both measured runs find the file in the page cache alike.
await quickCheckOffThread(url.href);
const worker = await measure(async () => {
  const found = await quickCheckOffThread(url.href);
  if (!found) throw new Error('the worker could not open the corpus');
  return found.lines;
});
const main = values['main-thread']
  ? await measure(async () => {
      const db = new DatabaseSync(url, { readOnly: true, allowExtension: true });
      try {
        db.loadExtension(vectorExtensionPath());
        // Yield once so the delay monitor has a sample before the blocking check.
        await new Promise((resolve) => setTimeout(resolve, 20));
        return new HealthRepository(db).quickCheck();
      } finally {
        db.close();
      }
    })
  : null;
console.log(
  JSON.stringify(
    { file, databaseBytes: statSync(file).size, onWorker: worker, onMainThread: main },
    null,
    2,
  ),
);
