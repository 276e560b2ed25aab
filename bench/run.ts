import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATABASE_FILE, openDatabase } from '../src/main/db/connection';
import { PassagesRepository } from '../src/main/db/repositories/passages.repo';
import { VECTOR_INDEX_FILE } from '../src/main/app/corpus';
import { NearestPassages } from '../src/main/services/search/nearest';
import { VectorIndex } from '../src/main/services/search/vector-index';
import { PreparerPool } from '../src/main/services/import/worker/preparer-pool';
import { ConstantEmbedder, databaseBytes, measureImport, productEmbedder } from './import-bench';
import { measureFirstScreen } from './first-screen';
import { measureKnn } from './knn-bench';
import { buildQueries, compareSimilar, measureQueries, samplePassages } from './query-bench';
import { TermCounts } from '../src/main/services/crosscheck/term-counts';
import { residentMemory } from './stats';

// `npm run bench -- --size 1k|10k|30k|100k [--phase import|query|all]`: generates a seeded corpus,
// imports it, measures queries, and appends the figures to bench/data/results-<size>.json;
// `bench/report.ts` turns the JSON files into bench/RESULTS.md.
const SIZES: Record<string, number> = { '1k': 1000, '10k': 10_000, '30k': 30_000, '100k': 100_000 };
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1k' },
    phase: { type: 'string', default: 'all' },
    seed: { type: 'string', default: '42' },
    label: { type: 'string', default: 'current' },
    minutes: { type: 'string', default: 'Infinity' },
    variant: { type: 'string', default: '' },
    'skip-knn': { type: 'boolean', default: false },
    /** The browser-mode server's port while the first screen is measured. */
    port: { type: 'string', default: '5608' },
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
const SERVER_PORT = Number(values.port);
/** Query vectors for the KNN comparison: half embedded queries, half stored passages. */
const KNN_QUERIES = 40;
const benchDir = import.meta.dirname;
const dataRoot = join(benchDir, 'data');
// An import `--variant` (e.g. the code before a change) gets its own corpus and result key.
const variant = values.variant ? `-${values.variant}` : '';
const corpusDir = join(dataRoot, `corpus-${size}${variant}`);
const resultsFile = join(dataRoot, `results-${size}.json`);
mkdirSync(dataRoot, { recursive: true });

/** Results accumulate per size so phases can run separately (the 100k import takes a while). */
function loadResults(): Record<string, unknown> {
  return existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
}
function saveResults(key: string, value: unknown): void {
  const results = loadResults();
  results[key] = typeof value === 'object' ? { ...value, loadAverage: loadavg() } : value;
  results.command = `npm run bench -- ${process.argv.slice(2).join(' ')}`;
  results.date = new Date().toISOString();
  results.machine = {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryBytes: totalmem(),
    node: process.version,
    // Other sessions shared the machine: the load average says how busy it was.
    loadAverage: loadavg(),
  };
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
}
const log = (message: string) =>
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

if (values.phase === 'import' || values.phase === 'all') {
  // Baseline in the same run: the same first articles with embedding replaced by a constant.
  const baselineCount = Math.min(count, 2000);
  const baseline = await measureImport(
    'constant vector (no embedding)',
    join(dataRoot, `corpus-${size}${variant}-baseline`),
    baselineCount,
    new ConstantEmbedder(),
    seed,
  );
  log(`baseline import: ${baseline.articlesPerSecond.toFixed(0)} articles/s`);
  saveResults(`importBaseline${variant}`, baseline);
  // Baseline: the product's embedder with everything on one thread (before the worker).
  const singleThread = await measureImport(
    'built-in lexical embedder, one thread (no worker)',
    join(dataRoot, `corpus-${size}${variant}-single-thread`),
    baselineCount,
    productEmbedder(),
    seed,
  );
  log(`one-thread import: ${singleThread.articlesPerSecond.toFixed(0)} articles/s`);
  saveResults(`importSingleThread${variant}`, singleThread);
  const preparer = new PreparerPool();
  const full = await measureImport(
    'built-in lexical embedder, worker thread (the product)',
    corpusDir,
    count,
    productEmbedder(),
    seed,
    (done) => log(`imported ${done}/${count}`),
    Number(values.minutes) * 60,
    preparer,
  );
  await preparer.close();
  log(`import: ${full.articlesPerSecond.toFixed(0)} articles/s, ${full.passages} passages`);
  saveResults(`import${variant}`, full);
}

if (values.phase === 'query' || values.phase === 'all') {
  const label = values.label!;
  const db = openDatabase(join(corpusDir, DATABASE_FILE));
  const embedder = productEmbedder();
  const passages = (db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n;
  const documents = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  log(`query phase on ${documents} documents, ${passages} passages (${label})`);
  const memoryBefore = process.memoryUsage();
  // The product's approximate index, built (or read back and caught up) as the app would.
  const indexFile = join(corpusDir, VECTOR_INDEX_FILE);
  const hadIndex = existsSync(indexFile);
  const vectorIndex = new VectorIndex(db, { file: indexFile, background: false });
  let started = performance.now();
  vectorIndex.finish();
  const indexSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  vectorIndex.persist();
  const saveSeconds = (performance.now() - started) / 1000;
  const memoryWithIndex = process.memoryUsage();
  const residentWithIndex = residentMemory();
  log(`vector index ${hadIndex ? 'loaded' : 'built'} in ${indexSeconds.toFixed(1)} s`);
  // Common words' passage counts, read in one pass as the app does in the background.
  const termCounts = new TermCounts(db, false);
  started = performance.now();
  termCounts.finish();
  const termCountSeconds = (performance.now() - started) / 1000;
  log(`word counts read in ${termCountSeconds.toFixed(1)} s`);
  const indexed = new NearestPassages(db, vectorIndex);
  const queries = await measureQueries(db, embedder, QUERY_RUNS, seed, indexed, termCounts);
  const memoryAfter = process.memoryUsage();
  const residentAfter = residentMemory();
  log(`search: ${JSON.stringify(queries.search)}; similar: ${JSON.stringify(queries.similar)}`);
  // Baseline in the same run: similar passages counting every word live (before the pass),
  // paired with the product on other probes.
  const paired = buildQueries(db, QUERY_RUNS, seed + 3).ids;
  const similarPaired = compareSimilar(db, paired, indexed, termCounts, new TermCounts(db, false));
  log(`similar, paired: ${JSON.stringify(similarPaired)}`);
  // Baseline in the same run: the same queries with vectors scanned exactly by sqlite-vec.
  const exact = await measureQueries(
    db,
    embedder,
    QUERY_RUNS,
    seed,
    new NearestPassages(db, null),
    termCounts,
  );
  log(`exact search: ${JSON.stringify(exact.search)}`);
  saveResults(`queries ${label}`, {
    documents,
    passages,
    databaseBytes: databaseBytes(corpusDir),
    ...queries,
    exact: { search: exact.search, similar: exact.similar },
    similarPaired,
    termCounts: { seconds: termCountSeconds },
    vectorIndex: {
      action: hadIndex ? 'loaded' : 'built',
      seconds: indexSeconds,
      saveSeconds,
      fileBytes: statSync(indexFile).size,
    },
    memory: { before: memoryBefore, withIndex: memoryWithIndex, after: memoryAfter },
    resident: { withIndex: residentWithIndex, after: residentAfter },
  });
  if (!values['skip-knn']) {
    const { long } = buildQueries(db, KNN_QUERIES / 2, seed + 1);
    const queryVectors = await embedder.embed(long);
    const repository = new PassagesRepository(db);
    const probes = [
      ...long.map((text, index) => ({ text, vector: queryVectors[index]! })),
      ...samplePassages(db, KNN_QUERIES / 2, seed + 2).map((row) => ({
        text: row.text,
        vector: repository.vector(row.id)!,
      })),
    ];
    const toIds = (found: { passageId: number }[] | null) =>
      (found ?? []).map((neighbour) => neighbour.passageId);
    const knn = measureKnn(db, join(dataRoot, `knn-scratch-${size}.sqlite`), probes, [
      [
        'int8 columns, heaviest dimensions scanned (the index alone)',
        (query, k) => toIds(vectorIndex.nearest(query, k, 0)),
      ],
      [
        'int8 columns through the search service (the product)',
        (query, k) => toIds(indexed.find(query, k)),
      ],
    ]);
    log(
      `knn: ${knn.methods.map((m) => `${m.method} ${m.latency.median.toFixed(1)} ms r=${m.recall.toFixed(2)}`).join('; ')}`,
    );
    saveResults('knn', { ...knn, memory: process.memoryUsage() });
  }
  db.close();
}

if (values.phase === 'screen' || values.phase === 'all') {
  const db = openDatabase(join(corpusDir, DATABASE_FILE));
  const documents = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  db.close();
  const repoDir = join(benchDir, '..');
  if (!existsSync(join(repoDir, 'out/renderer/index.html'))) {
    log('the renderer is not built (npm run build): first-screen measurement skipped');
  } else {
    // Baseline in the same run: the same app on an empty corpus.
    const emptyDir = join(dataRoot, 'corpus-empty');
    const empty = await measureFirstScreen(repoDir, emptyDir, SERVER_PORT, 5, 0);
    const firstScreen = await measureFirstScreen(repoDir, corpusDir, SERVER_PORT, 5, documents);
    log(`first screen: ${JSON.stringify(firstScreen)}; empty corpus: ${JSON.stringify(empty)}`);
    saveResults('firstScreen', { ...firstScreen, empty });
  }
}
