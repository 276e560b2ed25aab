import { join } from 'node:path';
import { VECTOR_INDEX_FILE } from '../src/main/app/corpus';
import { DATABASE_FILE, openDatabase } from '../src/main/db/connection';
import { SimilarService } from '../src/main/services/crosscheck/similar.service';
import { NearestPassages } from '../src/main/services/search/nearest';
import { VectorIndex } from '../src/main/services/search/vector-index';
import { buildQueries } from './query-bench';
import { ms, timeEach } from './stats';

// `npx tsx bench/similar-probes.ts corpus-100k`: similar passages for the query phase's 40
// probes in a fresh process, nothing else run before them. Run it at two commits (a git
// worktree sharing bench/data) for a before/after on the same machine.
const corpusDir = join(import.meta.dirname, 'data', process.argv[2] ?? 'corpus-1k');
const db = openDatabase(join(corpusDir, DATABASE_FILE));
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
const { ids } = buildQueries(db, 40, 42);
const summary = await timeEach(ids, (id) => service.similar(id, 10));
console.log(`similar passages: median ${ms(summary.median)} ms, p95 ${ms(summary.p95)} ms`);
db.close();
