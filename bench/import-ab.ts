import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { PreparerPool } from '../src/main/services/import/worker/preparer-pool';
import { FILES_IN_FLIGHT } from '../src/main/services/import/import.service';
import { measureImport, productEmbedder } from './import-bench';

// `npx tsx bench/import-ab.ts [articles] [rounds]`: the import's A/B runs of issue 19, in one
// process, the variants alternated round by round on the same first articles:
// - the product (one preparing worker, two files in flight);
// - a second worker (files sent to two workers in turn, three in flight);
// - without the timeline and cross-check indexers: the most that batching them or moving them
//   off the write path could gain (their rows would still have to be written somewhere).
// Writes bench/data/import-ab.json.
const articles = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 2);
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

const variants: [string, () => Promise<number>][] = [
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
const loads: number[][] = [];
for (let round = 0; round < rounds; round++) {
  for (const [name, run] of variants) {
    const rate = await run();
    (rates[name] ??= []).push(rate);
    loads.push(loadavg());
    console.log(
      `round ${round + 1}: ${name}: ${rate.toFixed(1)} articles/s (load ${loadavg()[0]!.toFixed(1)})`,
    );
  }
}
writeFileSync(
  join(dataRoot, 'import-ab.json'),
  `${JSON.stringify({ date: new Date().toISOString(), articles, rounds, rates, loads }, null, 2)}\n`,
);
