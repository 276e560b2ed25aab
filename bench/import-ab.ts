import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PreparerPool } from '../src/main/services/import/worker/preparer-pool';
import { FILES_IN_FLIGHT } from '../src/main/services/import/import.service';
import { measureImport, productEmbedder } from './import-bench';
import type * as importBench from './import-bench';
import type * as preparerPool from '../src/main/services/import/worker/preparer-pool';

// `npx tsx bench/import-ab.ts [articles] [rounds] [base tree]`: the import's A/B runs of issue
// 19, in one process, the variants alternated round by round on the same first articles:
// - given another checkout (`git worktree add /tmp/base main`, node_modules linked in), its
//   product, loaded from there: this tree's code against that one's, in the same run;
// - the product (one preparing worker, two files in flight; the worker also derives the
//   timeline and cross-check rows, the transaction only inserts them);
// - a second worker (files sent to two workers in turn, three in flight);
// - without the timeline and cross-check indexers: what inserting their rows still costs.
// Writes bench/data/import-ab.json.
const articles = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 2);
const baseTree = process.argv[4] ? resolve(process.argv[4]) : null;
const dataRoot = join(import.meta.dirname, 'data');

/** Two workers behind the one-worker interface the import service takes, used in turn. */
function twoWorkers(): { preparer: PreparerPool; close: () => Promise<void> } {
  const pools = [new PreparerPool(), new PreparerPool()];
  let next = 0;
  const preparer = {
    prepare: (task: Parameters<PreparerPool['prepare']>[0]) => pools[next++ % 2]!.prepare(task),
  } as PreparerPool;
  return {
    preparer,
    close: async () => void (await Promise.all(pools.map((pool) => pool.close()))),
  };
}

/** One import of the first articles with this preparer and variant; articles a second. */
async function rate(
  preparer: PreparerPool,
  close: () => Promise<void>,
  variant: Parameters<typeof measureImport>[8] = {},
): Promise<number> {
  const result = await measureImport(
    'A/B',
    join(dataRoot, 'import-ab'),
    articles,
    productEmbedder(),
    42,
    undefined,
    Infinity,
    preparer,
    variant,
  );
  await close();
  return result.articlesPerSecond;
}
const oneWorker = () => {
  const pool = new PreparerPool();
  return { preparer: pool, close: () => pool.close() };
};

/** The other checkout's product, run from its own modules (and so its own worker file). */
async function baseVariant(tree: string): Promise<[string, () => Promise<number>]> {
  const load = (path: string) => import(pathToFileURL(join(tree, path)).href);
  const bench = (await load('bench/import-bench.ts')) as typeof importBench;
  const pools = (await load(
    'src/main/services/import/worker/preparer-pool.ts',
  )) as typeof preparerPool;
  return [
    `the product in ${tree} (the baseline)`,
    async () => {
      const pool = new pools.PreparerPool();
      const result = await bench.measureImport(
        'A/B base',
        join(dataRoot, 'import-ab'),
        articles,
        bench.productEmbedder(),
        42,
        undefined,
        Infinity,
        pool,
      );
      await pool.close();
      return result.articlesPerSecond;
    },
  ];
}

const variants: [string, () => Promise<number>][] = [
  ...(baseTree ? [await baseVariant(baseTree)] : []),
  [
    'one worker, two files in flight (the product)',
    () => {
      const { preparer, close } = oneWorker();
      return rate(preparer, close);
    },
  ],
  [
    'two workers, three files in flight',
    () => {
      const { preparer, close } = twoWorkers();
      return rate(preparer, close, { lanes: FILES_IN_FLIGHT + 1 });
    },
  ],
  [
    'one worker, without the timeline and cross-check indexers',
    () => {
      const { preparer, close } = oneWorker();
      return rate(preparer, close, { skippedIndexers: ['timeline', 'cross-check'] });
    },
  ],
];
const rates: Record<string, number[]> = {};
// CPU time of this (the main) thread per article: what the write path costs, whatever the load
// (it also counts generating the articles, the same in every variant).
const mainCpuMs: Record<string, number[]> = {};
// CPU time of the whole process per article (main thread, workers, the engine's own threads):
// the cost when the cores are busy with other work, as on this shared machine.
const processCpuMs: Record<string, number[]> = {};
const loads: number[][] = [];
for (let round = 0; round < rounds; round++) {
  // Every other round runs the variants in the reverse order: neither goes first every time.
  for (const [name, run] of round % 2 ? [...variants].reverse() : variants) {
    const [threadBefore, processBefore] = [process.threadCpuUsage(), process.cpuUsage()];
    const rate = await run();
    const perArticle = ({ user, system }: NodeJS.CpuUsage) => (user + system) / 1000 / articles;
    const mainMs = perArticle(process.threadCpuUsage(threadBefore));
    const processMs = perArticle(process.cpuUsage(processBefore));
    (rates[name] ??= []).push(rate);
    (mainCpuMs[name] ??= []).push(mainMs);
    (processCpuMs[name] ??= []).push(processMs);
    loads.push(loadavg());
    console.log(
      `round ${round + 1}: ${name}: ${rate.toFixed(1)} articles/s; CPU an article: main thread ${mainMs.toFixed(2)} ms, process ${processMs.toFixed(2)} ms (load ${loadavg()[0]!.toFixed(1)})`,
    );
  }
}
const product = variants[baseTree ? 1 : 0]![0];
const ratios = baseTree
  ? rates[product]!.map((rate, round) => rate / rates[variants[0]![0]]![round]!)
  : null;
if (ratios)
  console.log(`product / base, round by round: ${ratios.map((r) => r.toFixed(2)).join(', ')}`);
writeFileSync(
  join(dataRoot, 'import-ab.json'),
  `${JSON.stringify({ date: new Date().toISOString(), articles, rounds, baseTree, rates, ratios, mainCpuMs, processCpuMs, loads }, null, 2)}\n`,
);
