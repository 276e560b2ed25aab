// `npm run crash-test -- --runs 50`: kills an import, an autosave, a re-embedding, a restore, a
// re-processing of every document and a migration with SIGKILL at random moments, `runs` times
// each in a row, and fills a small disk mid-import; checks after every run that nothing
// reported or saved (documents, highlights, notes) is lost and nothing is half-written. Prints
// one line a run and the totals; exits 1 on a problem. `--kinds` picks some of them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  crashAutosave,
  crashImport,
  crashRewrite,
  preparedCorpus,
  type CrashRun,
} from '../tests/support/crash/harness';
import { crashDiskFull, mountSmallDisk, unmountSmallDisk } from '../tests/support/crash/disk-full';
import { crashMigration, olderCorpus } from '../tests/support/crash/migration';
import { random, writeBatch } from '../tests/support/crash/workload';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '50' },
    files: { type: 'string', default: '300' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    kinds: {
      type: 'string',
      default: 'import,autosave,reembed,restore,reprocess,migrate,disk-full',
    },
    /** The small disk's size for `disk-full`: the batch must not fit in it. */
    'disk-mb': { type: 'string', default: '16' },
  },
});
const kinds = new Set(values.kinds!.split(','));
const model = join(import.meta.dirname, '..', 'tests', 'fixtures', 'tiny-embedding-model');
const runs = Number(values.runs);
const seed = Number(values.seed);
const next = random(seed);
const root = mkdtempSync(join(tmpdir(), 'recoupe-crash-test-'));
const files = writeBatch(join(root, 'batch'), Number(values.files), seed);
console.log(`crash test: ${runs} runs of each kind, ${files.length} files, seed ${seed}`);

// One corpus at an older schema serves every migration run (each works on a copy).
const MIGRATED_FILES = 100;
const older = kinds.has('migrate')
  ? await olderCorpus(join(root, 'older'), files.slice(0, MIGRATED_FILES))
  : '';
const smallDisk = join(root, 'small-disk');
let diskFull = kinds.has('disk-full');
if (diskFull) {
  const refusal = mountSmallDisk(smallDisk, Number(values['disk-mb']));
  if (refusal) {
    console.log(`disk-full skipped: ${refusal}`);
    diskFull = false;
  } else {
    // Never leave the mount behind, even when a run throws.
    process.on('exit', () => unmountSmallDisk(smallDisk));
  }
}

const results: CrashRun[] = [];
let migrationMs: number | null = null;
let fillMs: number | null = null;
const started = Date.now();
for (let run = 1; run <= runs; run++) {
  const line: string[] = [];
  const problems: string[] = [];
  if (kinds.has('import')) {
    const imported = await crashImport(
      join(root, `import-${run}`),
      files,
      300 + Math.floor(next() * 4000),
    );
    results.push(imported);
    problems.push(...imported.problems);
    line.push(
      `import killed at ${imported.killAfterMs} ms, ${imported.reported} reported, ${imported.found} stored${imported.finished ? ' (finished first)' : ''}`,
    );
  }
  if (kinds.has('autosave')) {
    const autosaved = await crashAutosave(
      join(root, `autosave-${run}`),
      20 + Math.floor(next() * 1000),
    );
    results.push(autosaved);
    problems.push(...autosaved.problems);
    line.push(
      `autosave killed at ${autosaved.killAfterMs} ms, save ${autosaved.reported} reported, ${autosaved.found} stored`,
    );
  }
  for (const mode of ['reembed', 'restore', 'reprocess'] as const) {
    if (!kinds.has(mode)) continue;
    const dataDir = join(root, `${mode}-${run}`);
    const backup = await preparedCorpus(dataDir, files.slice(0, 20));
    const rewritten = await crashRewrite(
      mode,
      dataDir,
      mode === 'reembed' ? model : backup,
      20,
      50 + Math.floor(next() * 2000),
    );
    results.push(rewritten);
    problems.push(...rewritten.problems);
    line.push(
      `${mode} killed at ${rewritten.killAfterMs} ms${rewritten.stage ? `, ${rewritten.stage}` : ''}${rewritten.finished ? ' (finished first)' : ''}`,
    );
  }
  if (kinds.has('migrate')) {
    // The first run migrates to the end and times it; the others are killed within that time
    // (and a little after), so the kills spread over the copy and the migration at any load.
    const killAfterMs = migrationMs === null ? 600_000 : Math.floor(next() * migrationMs * 1.1);
    // Odd runs start from scratch; even ones find the copy an earlier killed open made, so
    // their kills land in the migration itself rather than mostly in the copy.
    const migrated = await crashMigration(
      join(root, `migrate-${run}`),
      older,
      MIGRATED_FILES,
      killAfterMs,
      run % 2 === 0,
    );
    migrationMs ??= migrated.timing?.endMs ?? 300;
    results.push(migrated);
    problems.push(...migrated.problems);
    line.push(
      killAfterMs === 600_000
        ? `migration run to its end in ${migrated.timing?.endMs} ms (times the kills)`
        : `migration killed at ${migrated.killAfterMs} ms, ${migrated.stage}${migrated.finished ? ' (finished first)' : ''}`,
    );
  }
  if (diskFull) {
    const dataDir = join(smallDisk, `run-${run}`);
    // Odd runs go to the end of the batch (the first one times when the disk fills); even
    // runs are killed between half and one and a half times that, around the moment it fills.
    const killAfterMs =
      run % 2 === 0 && fillMs !== null ? Math.floor(fillMs * (0.5 + next())) : 600_000;
    const filled = await crashDiskFull(dataDir, files.slice(0, 5), files.slice(5), killAfterMs);
    fillMs ??= filled.timing?.firstFailedMs ?? null;
    results.push(filled);
    problems.push(...filled.problems);
    line.push(
      `small disk: ${filled.reported} imported, ${filled.found} stored, ${filled.stage}${filled.finished ? `, import finished (full after ${filled.timing?.firstFailedMs} ms)` : `, killed at ${killAfterMs} ms`}`,
    );
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(
    `run ${String(run).padStart(3)}: ${line.join('; ')} — ${problems.length === 0 ? 'ok' : problems.join('; ')}`,
  );
  for (const kind of kinds) rmSync(join(root, `${kind}-${run}`), { recursive: true, force: true });
}
if (diskFull) unmountSmallDisk(smallDisk);
rmSync(root, { recursive: true, force: true });

const failed = results.filter((result) => result.problems.length > 0).length;
const sum = (mode: CrashRun['mode'], key: 'reported' | 'found') =>
  results
    .filter((result) => result.mode === mode)
    .reduce((total, result) => total + result[key], 0);
console.log(
  `\n${results.length} kills in ${((Date.now() - started) / 1000).toFixed(0)} s: ${failed} with problems; ` +
    `${sum('import', 'reported')} imports reported, ${sum('import', 'found')} documents stored, each checked whole; ` +
    `${sum('autosave', 'reported')} autosaves reported across runs.`,
);
for (const mode of new Set(results.map((result) => result.mode))) {
  const ofMode = results.filter((result) => result.mode === mode);
  const finishedFirst = ofMode.filter((result) => result.finished).length;
  const bad = ofMode.filter((result) => result.problems.length > 0).length;
  console.log(
    `  ${mode}: ${ofMode.length} runs, ${ofMode.length - finishedFirst} killed part-way, ${finishedFirst} finished first, ${bad} with problems`,
  );
}
process.exit(failed > 0 ? 1 : 0);
