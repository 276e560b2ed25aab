import { writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parseArgs } from 'node:util';
import { VECTOR_INDEX_FILE } from '../src/main/app/corpus';
import { DATABASE_FILE, openDatabase } from '../src/main/db/connection';
import { SimilarService } from '../src/main/services/crosscheck/similar.service';
import { NearestPassages } from '../src/main/services/search/nearest';
import { VectorIndex } from '../src/main/services/search/vector-index';
import { buildQueries } from './query-bench';
import { ms, summarise, timeEach } from './stats';

// `npx tsx bench/similar-probes.ts corpus-100k [--probes 40] [--out file.json]`: similar
// passages for the query phase's probes in a fresh process, nothing else run before them. Run
// it at two commits (a git worktree sharing bench/data, or an absolute corpus path) for a
// before/after on the same machine; `--out` writes every call's result, so two commits'
// outputs can be compared with diff.
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    probes: { type: 'string', default: '40' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string' },
    /** A pragma to try on the connection first ("mmap_size = 1073741824"). */
    pragma: { type: 'string' },
  },
});
const corpusName = positionals[0] ?? 'corpus-1k';
const corpusDir = isAbsolute(corpusName)
  ? corpusName
  : join(import.meta.dirname, 'data', corpusName);
const db = openDatabase(join(corpusDir, DATABASE_FILE));
if (values.pragma) db.exec(`PRAGMA ${values.pragma}`);
const index = new VectorIndex(db, { file: join(corpusDir, VECTOR_INDEX_FILE), background: false });
index.finish();
// Word counts as the app has them once its background pass is over (checkouts from before
// the pass count every word live).
const counts: unknown[] = [];
try {
  const { TermCounts } = await import('../src/main/services/crosscheck/term-counts');
  const termCounts = new TermCounts(db, false);
  termCounts.finish();
  counts.push(termCounts);
} catch {
  console.log('no TermCounts at this commit: words are counted live');
}
const service = new SimilarService(db, new NearestPassages(db, index), ...(counts as []));
const { ids } = buildQueries(db, Number(values.probes), Number(values.seed));
const results = new Map<number, unknown>();
// The process's CPU time per call too: on a shared machine it counts only this call's work,
// where the elapsed time also counts the other processes' turns on the cores.
const cpu: number[] = [];
const summary = await timeEach(ids, (id) => {
  const before = process.cpuUsage();
  results.set(id, service.similar(id, 10));
  const used = process.cpuUsage(before);
  cpu.push((used.user + used.system) / 1000);
});
const cpuSummary = summarise(cpu.slice(1));
console.log(
  `similar passages: median ${ms(summary.median)} ms, p95 ${ms(summary.p95)} ms; ` +
    `CPU median ${ms(cpuSummary.median)} ms, p95 ${ms(cpuSummary.p95)} ms`,
);
if (values.out) {
  const lines = ids.map((id) => JSON.stringify({ probe: id, similar: results.get(id) }));
  writeFileSync(values.out, `${lines.join('\n')}\n`);
}
db.close();
