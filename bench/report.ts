import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportMeasurement } from './import-bench';
import type { KnnMeasurement } from './knn-bench';
import type { NeighbourResult } from './sign-scan';
import type { QueryMeasurement } from './query-bench';
import { megabytes, ms, type Summary } from './stats';

// `npx tsx bench/report.ts`: turns bench/data/results-<size>.json into bench/RESULTS.md, with
// the hand-written analysis (bench/analysis.md) after the tables.
const benchDir = import.meta.dirname;
const nominal: Record<string, number> = { '1k': 1000, '10k': 10_000, '100k': 100_000 };
const sizes = Object.keys(nominal);

interface Machine {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  loadAverage: number[];
}
type QueryResult = QueryMeasurement & {
  documents: number;
  passages: number;
  databaseBytes: number;
  memory: { before: NodeJS.MemoryUsage; withIndex?: NodeJS.MemoryUsage; after: NodeJS.MemoryUsage };
  loadAverage?: number[];
  /** The same queries with vectors scanned exactly (sqlite-vec), in the same run. */
  exact?: { search: Record<string, Summary>; similar: Summary };
  vectorIndex?: { action: string; seconds: number; saveSeconds: number; fileBytes: number };
  /** Similar passages on other probes, the product and words counted live, paired. */
  similarPaired?: { first: Summary; second: Summary };
  termCounts?: { seconds: number };
  resident?: Record<'withIndex' | 'after', { rss: number; anonymous: number; file: number }>;
};
interface FirstScreen {
  documents: number;
  screen: Summary;
  listCall: Summary;
  /** Absent in runs from before the library paged (they timed `corpus:list`). */
  callChannel?: string;
  serverRssBytes: number;
  empty?: FirstScreen;
}
interface Results {
  command: string;
  date: string;
  machine: Machine;
  import?: ImportMeasurement & { loadAverage?: number[] };
  importBaseline?: ImportMeasurement;
  knn?: KnnMeasurement & { memory: NodeJS.MemoryUsage };
  firstScreen?: FirstScreen;
  [key: string]: unknown;
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (header: string[], rows: (string | number)[][]) =>
  [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
const load = (values?: number[]) => (values ? values.map((v) => v.toFixed(1)).join(' / ') : '—');

function importSection(size: string, results: Results): string {
  const full = results.import;
  const baseline = results.importBaseline;
  const singleThread = results.importSingleThread as ImportMeasurement | undefined;
  if (!full) return '';
  const rows = [full, singleThread, baseline]
    .filter((entry) => entry !== undefined)
    .map((entry) => [
      entry.label,
      entry.articles,
      entry.passages,
      entry.articlesPerSecond.toFixed(0),
      entry.passagesPerSecond.toFixed(0),
      // With the worker, embedding happens there and is not timed on the main thread.
      entry.embedSeconds > 0 ? `${((entry.embedSeconds / entry.seconds) * 100).toFixed(0)} %` : '—',
      `${Math.min(...entry.tenths).toFixed(0)}–${Math.max(...entry.tenths).toFixed(0)}`,
      megabytes(entry.databaseBytes),
    ]);
  const ratio =
    baseline && singleThread
      ? (baseline.articlesPerSecond / singleThread.articlesPerSecond).toFixed(2)
      : '—';
  const workerGain = singleThread
    ? `The worker thread imports ${(full.articlesPerSecond / singleThread.articlesPerSecond).toFixed(2)}× as many articles a second as the same code on one thread (first ${singleThread.articles} articles vs the whole run). `
    : '';
  const indexers = Object.entries(full.indexerSeconds ?? {});
  const indexerLine = indexers.length
    ? `Document indexers (timeline extraction and the like), run inside each file's transaction: ${indexers
        .map(
          ([name, seconds]) =>
            `${name} ${seconds.toFixed(1)} s = ${(full.articles / seconds).toFixed(0)} articles/s on its own`,
        )
        .join('; ')}.`
    : 'No document indexer was registered in this build (`documentIndexers()` is empty: the timeline lands in parallel), so timeline extraction is not measured here; once it is merged, the same run times it per indexer.';
  const partial =
    full.articles < nominal[size]!
      ? `**Stopped by the time budget (\`--minutes\`) at ${full.articles} of ${nominal[size]} articles**; the queries below ran on that corpus.\n\n`
      : '';
  return `### Import, ${size}\n\n${partial}${table(
    [
      'run',
      'articles',
      'passages',
      'articles/s',
      'passages/s',
      'time in embedder',
      'articles/s per tenth (min–max)',
      'database',
    ],
    rows,
  )}\n\n${workerGain}On one thread, embedding costs a factor ${ratio} (constant-vector baseline ÷ built-in embedder, first ${baseline?.articles ?? '—'} articles). Load average during the run: ${load(full.loadAverage)}. ${indexerLine}\n`;
}

/** Before/after: the same import with main's code (`--variant main`, run from an export of main). */
function beforeAfterSection(size: string, results: Results): string {
  const before = results['import-main'] as ImportMeasurement | undefined;
  const after = results.import;
  if (!before || !after) return '';
  const line = (label: string, entry: ImportMeasurement) => [
    label,
    entry.articles,
    entry.articlesPerSecond.toFixed(1),
    entry.passagesPerSecond.toFixed(0),
    entry.embedSeconds.toFixed(1),
    (entry.seconds - entry.embedSeconds).toFixed(1),
  ];
  return `### Import before and after, ${size}\n\n${table(
    ['code', 'articles', 'articles/s', 'passages/s', 's in embedder', 's elsewhere'],
    [line('main (before)', before), line('this branch (after)', after)],
  )}\n\nSpeed-up: ${(after.articlesPerSecond / before.articlesPerSecond).toFixed(2)}× articles/s; embedder time ÷ ${(before.embedSeconds / after.embedSeconds).toFixed(2)}. Load average: before ${load((before as { loadAverage?: number[] }).loadAverage)}, after ${load(after.loadAverage)}.\n`;
}

function querySection(size: string, label: string, result: QueryResult): string {
  const exactColumns = (exact: Summary | undefined, indexed: Summary) =>
    exact
      ? [ms(exact.median), ms(exact.p95), (exact.p95 / indexed.p95).toFixed(1)]
      : ['—', '—', '—'];
  const rows = Object.entries(result.search).map(([name, summary]) => {
    const [kind] = name.split(' ');
    const text = result.search[`${kind} text`]!;
    return [
      name,
      ms(summary.median),
      ms(summary.p95),
      result.medianHits[name] ?? '—',
      (summary.median / text.median).toFixed(2),
      ...exactColumns(result.exact?.search[name], summary),
    ];
  });
  rows.push([
    'similar passages (k = 10)',
    ms(result.similar.median),
    ms(result.similar.p95),
    '10',
    '—',
    ...exactColumns(result.exact?.similar, result.similar),
  ]);
  const paired = result.similarPaired;
  if (paired) {
    const line = (name: string, summary: Summary) => [
      name,
      ms(summary.median),
      ms(summary.p95),
      '10',
      '—',
      '—',
      '—',
      '—',
    ];
    rows.push(line('similar passages, other probes, paired: the product', paired.first));
    rows.push(line('baseline, paired: words counted live (before the pass)', paired.second));
  }
  const memory = result.memory.after;
  const index = result.vectorIndex;
  const resident = result.resident?.after;
  const residentLine = resident
    ? ` Of that resident memory, ${megabytes(resident.anonymous)} is the process's own (heap, native allocations) and ${megabytes(resident.file)} mapped files (the vector index, which the system can drop and read again).`
    : '';
  const indexLine = index
    ? ` The vector index was ${index.action} in ${index.seconds.toFixed(1)} s (saved in ${index.saveSeconds.toFixed(1)} s, file ${megabytes(index.fileBytes)}); bench process RSS before it ${megabytes(result.memory.before.rss)}, with it ${megabytes(result.memory.withIndex?.rss ?? 0)}.`
    : '';
  const countsLine = result.termCounts
    ? ` Common words' passage counts were read in ${result.termCounts.seconds.toFixed(1)} s (the app does it in the background after opening). The paired rows alternate which of the two goes first on each probe, since the second call finds the candidates' stems and pages ready.`
    : '';
  return `### Search, ${size} (${label}): ${result.documents} documents, ${result.passages} passages, ${megabytes(result.databaseBytes)}\n\n${table(
    [
      'query (limit 20)',
      'median ms',
      'p95 ms',
      'median hits',
      'median ÷ text-only',
      'exact vectors: median ms',
      'exact vectors: p95 ms',
      'p95 exact ÷ p95 index',
    ],
    rows,
  )}\n\n${result.search['short text']?.runs ?? 0} queries per row. First columns: the product (the vector index in use at that run: HNSW before 2026-12-06, int8 columns since); "exact vectors": the same queries in the same run with sqlite-vec's full scan (the baseline; text-only rows do not use vectors).${indexLine}${countsLine} Bench process after the queries: RSS ${megabytes(memory.rss)}, heap ${megabytes(memory.heapUsed)}.${residentLine} Load average: ${load(result.loadAverage)}. Sample short queries: ${(result.queries.short ?? []).map((query) => `\`${query}\``).join(', ')}.\n`;
}

function knnSection(size: string, knn: Results['knn']): string {
  if (!knn) return '';
  const rows = knn.methods.map((method) => [
    method.method,
    ms(method.latency.median),
    ms(method.latency.p95),
    method.recall.toFixed(2),
    (method.ratioToJavaScript ?? NaN).toFixed(2),
  ]);
  return `### Vector KNN, ${size}: ${knn.vectors} vectors × ${knn.dimensions} dims, k = ${knn.k}\n\n${table(
    ['method', 'median ms', 'p95 ms', `recall@${knn.k}`, 'median ÷ JS scan'],
    rows,
  )}\n\nQueries: half embedded 12-word queries, half stored passage vectors. Recall counts the results at least as near as the exact float32 ${knn.k}th neighbour from the JS scan (by distance: the generated corpus repeats passages, so ids of equally near copies differ). Loading the vectors into JS took ${knn.loadSeconds.toFixed(1)} s; building the quantised tables: ${Object.entries(
    knn.buildSeconds,
  )
    .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
    .join(
      ', ',
    )}. Bench process RSS with all float32 vectors in memory: ${megabytes(knn.memory.rss)}.\n`;
}

/** What bench/sign-scan.ts measured: recall@10, latency and memory of each neighbour method. */
interface NeighbourComparison {
  vectors: number;
  probes: number;
  date: string;
  loadAverage: number[];
  results: NeighbourResult[];
}

function neighbourSection(size: string): string {
  const file = join(benchDir, 'data', `sign-scan-corpus-${size}.json`);
  if (!existsSync(file)) return '';
  const comparison = JSON.parse(readFileSync(file, 'utf8')) as NeighbourComparison;
  const methods = [...new Set(comparison.results.map((result) => result.method))];
  const exact = comparison.results.find((result) => result.probes === 'both');
  const rows = methods
    .filter((method) => method !== exact?.method)
    .map((method) => {
      const of = (kind: string) =>
        comparison.results.find((result) => result.method === method && result.probes === kind);
      const queries = of('queries');
      const passages = of('passages');
      const cell = (result: typeof queries) =>
        result
          ? `${result.recall.toFixed(2)}${result.errors ? ` (${result.errors} failed)` : ''}`
          : '—';
      const times = (result: typeof queries) =>
        result ? `${ms(result.medianMs)} / ${ms(result.p95Ms)}` : '—';
      const ratio = (result: typeof queries) =>
        result && exact ? (exact.medianMs / result.medianMs).toFixed(0) : '—';
      return [
        method,
        cell(queries),
        cell(passages),
        times(queries),
        times(passages),
        `${ratio(queries)} / ${ratio(passages)}`,
        `${Math.round(queries?.memoryMB ?? passages?.memoryMB ?? 0)}`,
      ];
    });
  return `### Vector neighbours, ${size}: ${comparison.vectors} vectors, recall@10 against the exact scan

${table(
  [
    'method',
    'recall, 12-word queries',
    'recall, passages',
    'queries: median / p95 ms',
    'passages: median / p95 ms',
    'exact scan median ÷ median (queries / passages)',
    'memory MB',
  ],
  rows,
)}

\`npx tsx bench/sign-scan.ts corpus-${size} ${comparison.probes}\` on ${comparison.date}: ${comparison.probes} probes of each kind, every method in the same run on the same probes. Recall counts results at least as near as the exact 10th neighbour (float32, JS scan: median ${exact ? ms(exact.medianMs) : '—'} ms a probe). Load average: ${load(comparison.loadAverage)}.
`;
}

function firstScreenSection(size: string, first?: FirstScreen): string {
  if (!first) return '';
  return `### First screen, ${size} (browser mode, Chromium)\n\n${table(
    ['measure', 'median ms', 'p95 ms'],
    [
      ['navigation → document list rendered', ms(first.screen.median), ms(first.screen.p95)],
      [
        `\`${first.callChannel ?? 'corpus:list'}\` call alone`,
        ms(first.listCall.median),
        ms(first.listCall.p95),
      ],
      ...(first.empty
        ? [
            [
              'baseline: empty corpus, navigation → empty library',
              ms(first.empty.screen.median),
              ms(first.empty.screen.p95),
            ],
            [
              `baseline: empty corpus, \`${first.empty.callChannel ?? 'corpus:list'}\``,
              ms(first.empty.listCall.median),
              ms(first.empty.listCall.p95),
            ],
          ]
        : []),
    ],
  )}\n\n${first.documents} documents; ratio to the empty corpus (medians): ${first.empty ? (first.screen.median / first.empty.screen.median).toFixed(2) : '—'}. Server (main) process RSS after the runs: ${megabytes(first.serverRssBytes)}${first.empty ? ` (empty corpus: ${megabytes(first.empty.serverRssBytes)})` : ''}.\n`;
}

/**
 * A size's section as the last report printed it, for a size with no figures in bench/data
 * (another machine ran it, or the data folder was cleared): regenerating the report must not
 * lose earlier runs' tables.
 */
function previousSection(size: string): string {
  const previous = join(benchDir, 'RESULTS.md');
  if (!existsSync(previous)) return '';
  const text = readFileSync(previous, 'utf8');
  const start = text.indexOf(`\n## ${size} corpus\n`);
  if (start < 0) return '';
  const end = text.indexOf('\n## ', start + 1);
  return `${text.slice(start + 1, end < 0 ? undefined : end).trimEnd()}\n`;
}

const sections: string[] = [];
let header = '';
for (const size of sizes) {
  const file = join(benchDir, 'data', `results-${size}.json`);
  if (!existsSync(file)) {
    sections.push(previousSection(size));
    continue;
  }
  const results = JSON.parse(readFileSync(file, 'utf8')) as Results;
  if (!header) {
    const machine = results.machine;
    header = `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${megabytes(machine.memoryBytes)} RAM, Node ${machine.node}. Each table gives the load average during its run (2 cores; other work shared the machine during some runs): every figure has a baseline measured in the same run, so ratios stay comparable when absolute times are inflated.`;
  }
  sections.push(`## ${size} corpus\n\nLast run: ${results.date}, \`${results.command}\`.\n`);
  sections.push(importSection(size, results));
  sections.push(beforeAfterSection(size, results));
  for (const [key, value] of Object.entries(results)) {
    if (key.startsWith('queries '))
      sections.push(querySection(size, key.slice(8), value as QueryResult));
  }
  sections.push(neighbourSection(size));
  sections.push(knnSection(size, results.knn));
  sections.push(firstScreenSection(size, results.firstScreen));
}
if (!header && existsSync(join(benchDir, 'RESULTS.md'))) {
  header = /^Machine: .*$/m.exec(readFileSync(join(benchDir, 'RESULTS.md'), 'utf8'))?.[0] ?? '';
}
const analysisFile = join(benchDir, 'analysis.md');
const analysis = existsSync(analysisFile) ? readFileSync(analysisFile, 'utf8') : '';
// Tables from earlier runs whose figures were not measured again, kept as they were printed.
const archiveDir = join(benchDir, 'archive');
const archived = existsSync(archiveDir)
  ? readdirSync(archiveDir)
      .filter((file) => file.endsWith('.md'))
      .sort()
      .map((file) => `- [${file}](archive/${file})`)
  : [];
const archiveSection = archived.length
  ? `\n## Earlier runs\n\nTables of earlier runs, as they were generated (figures not measured again above stand there):\n\n${archived.join('\n')}\n`
  : '';
const markdown = `# Recoupe benchmarks\n\nGenerated by \`npx tsx bench/report.ts\` from the figures \`npm run bench\` wrote; the analysis before the tables is written by hand (bench/analysis.md).\n\n${header}\n\n${analysis}\n${sections.filter(Boolean).join('\n')}${archiveSection}`;
writeFileSync(join(benchDir, 'RESULTS.md'), markdown);
console.log(`Wrote ${join(benchDir, 'RESULTS.md')}`);
