// `npm run crash-test -- --runs 50`: kills an import and an autosave with SIGKILL at random
// moments, `runs` times each in a row, and checks after every kill that nothing reported is
// lost and nothing is half-written. Prints one line a run and the totals; exits 1 on a problem.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { crashAutosave, crashImport, type CrashRun } from '../tests/support/crash/harness';
import { random, writeBatch } from '../tests/support/crash/workload';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '50' },
    files: { type: 'string', default: '300' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const next = random(seed);
const root = mkdtempSync(join(tmpdir(), 'recoupe-crash-test-'));
const files = writeBatch(join(root, 'batch'), Number(values.files), seed);
console.log(`crash test: ${runs} runs of each kind, ${files.length} files, seed ${seed}`);

const results: CrashRun[] = [];
const started = Date.now();
for (let run = 1; run <= runs; run++) {
  const imported = await crashImport(
    join(root, `import-${run}`),
    files,
    300 + Math.floor(next() * 4000),
  );
  const autosaved = await crashAutosave(
    join(root, `autosave-${run}`),
    20 + Math.floor(next() * 1000),
  );
  results.push(imported, autosaved);
  const problems = [...imported.problems, ...autosaved.problems];
  console.log(
    `run ${String(run).padStart(3)}: import killed at ${imported.killAfterMs} ms, ${imported.reported} reported, ${imported.found} stored${imported.finished ? ' (finished first)' : ''}; autosave killed at ${autosaved.killAfterMs} ms, save ${autosaved.reported} reported, ${autosaved.found} stored — ${problems.length === 0 ? 'ok' : problems.join('; ')}`,
  );
  rmSync(join(root, `import-${run}`), { recursive: true, force: true });
  rmSync(join(root, `autosave-${run}`), { recursive: true, force: true });
}
rmSync(root, { recursive: true, force: true });

const failed = results.filter((result) => result.problems.length > 0).length;
const sum = (mode: CrashRun['mode'], key: 'reported' | 'found') =>
  results
    .filter((result) => result.mode === mode)
    .reduce((total, result) => total + result[key], 0);
console.log(
  `\n${runs * 2} kills in ${((Date.now() - started) / 1000).toFixed(0)} s: ${failed} with problems; ` +
    `${sum('import', 'reported')} imports reported, ${sum('import', 'found')} documents stored, each checked whole; ` +
    `${sum('autosave', 'reported')} autosaves reported across runs.`,
);
process.exit(failed > 0 ? 1 : 0);
