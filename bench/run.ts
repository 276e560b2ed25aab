import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATABASE_FILE, openDatabase } from '../src/main/db/connection';
import { PassagesRepository } from '../src/main/db/repositories/passages.repo';
import {
  ConstantEmbedder,
  databaseBytes,
  measureImport,
  productEmbedder,
} from './import-bench';
import { measureKnn } from './knn-bench';
import { buildQueries, measureQueries, samplePassages } from './query-bench';

// `npm run bench -- --size 1k|10k|100k [--phase import|query|all]`: generates a seeded corpus,
// imports it, measures queries, and appends the figures to bench/data/results-<size>.json;
// `bench/report.ts` turns the JSON files into bench/RESULTS.md.
const SIZES: Record<string, number> = { '1k': 1000, '10k': 10_000, '100k': 100_000 };
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1k' },
    phase: { type: 'string', default: 'all' },
    seed: { type: 'string', default: '42' },
    label: { type: 'string', default: 'current' },
    'skip-knn': { type: 'boolean', default: false },
  },
});
const size = values.size!;
const count = SIZES[size];
if (count === undefined) {
  console.error(`--size must be one of ${Object.keys(SIZES).join(', ')}.`);
  process.exit(2);
}
const seed = Number(values.seed);
/** Queries per kind and mode: enough for a stable median and a meaningful p95. */
const QUERY_RUNS = 40;
/** Query vectors for the KNN comparison: half embedded queries, half stored passages. */
const KNN_QUERIES = 40;
const benchDir = import.meta.dirname;
const dataRoot = join(benchDir, 'data');
const corpusDir = join(dataRoot, `corpus-${size}`);
const resultsFile = join(dataRoot, `results-${size}.json`);
mkdirSync(dataRoot, { recursive: true });

/** Results accumulate per size so phases can run separately (the 100k import takes a while). */
function loadResults(): Record<string, unknown> {
  return existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
}
function saveResults(key: string, value: unknown): void {
  const results = loadResults();
  results[key] = value;
  results.command = `npm run bench -- --size ${size} --phase ${values.phase}`;
  results.date = new Date().toISOString();
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
}
const log = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

if (values.phase === 'import' || values.phase === 'all') {
  // Baseline in the same run: the same first articles with embedding replaced by a constant.
  const baselineCount = Math.min(count, 2000);
  const baseline = await measureImport(
    'constant vector (no embedding)',
    join(dataRoot, `corpus-${size}-baseline`),
    baselineCount,
    new ConstantEmbedder(),
    seed,
  );
  log(`baseline import: ${baseline.articlesPerSecond.toFixed(0)} articles/s`);
  saveResults('importBaseline', baseline);
  const full = await measureImport(
    'built-in lexical embedder',
    corpusDir,
    count,
    productEmbedder(),
    seed,
    (done) => log(`imported ${done}/${count}`),
  );
  log(`import: ${full.articlesPerSecond.toFixed(0)} articles/s, ${full.passages} passages`);
  saveResults('import', full);
}

if (values.phase === 'query' || values.phase === 'all') {
  const label = values.label!;
  const db = openDatabase(join(corpusDir, DATABASE_FILE));
  const embedder = productEmbedder();
  const passages = (db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n;
  const documents = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  log(`query phase on ${documents} documents, ${passages} passages (${label})`);
  const memoryBefore = process.memoryUsage();
  const queries = await measureQueries(db, embedder, QUERY_RUNS, seed);
  const memoryAfter = process.memoryUsage();
  log(`search: ${JSON.stringify(queries.search)}`);
  saveResults(`queries ${label}`, {
    documents,
    passages,
    databaseBytes: databaseBytes(corpusDir),
    ...queries,
    memory: { before: memoryBefore, after: memoryAfter },
  });
  if (!values['skip-knn']) {
    const { long } = buildQueries(db, KNN_QUERIES / 2, seed + 1);
    const passageIds = samplePassages(db, KNN_QUERIES / 2, seed + 2).map((row) => row.id);
    const vectors = [
      ...(await embedder.embed(long)),
      ...passageIds.map((id) => new PassagesRepository(db).vector(id)!),
    ];
    const knn = measureKnn(db, join(dataRoot, `knn-scratch-${size}.sqlite`), vectors);
    log(`knn: ${knn.methods.map((m) => `${m.method} ${m.latency.median.toFixed(1)} ms r=${m.recall.toFixed(2)}`).join('; ')}`);
    saveResults('knn', { ...knn, memory: process.memoryUsage() });
  }
  db.close();
}
