import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { PreparerPool } from '../src/main/services/import/preparer-pool';
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

const variants: [string, () => Promise<number>][] = [
  [
    'one worker, two files in flight (the product)',
    async () => {
      const pool = new PreparerPool();
      const result = await measureImport(
        'a',
        join(dataRoot, 'import-ab'),
        articles,
        productEmbedder(),
        42,
        undefined,
        Infinity,
        pool,
      );
      await pool.close();
      return result.articlesPerSecond;
    },
  ],
  [
    'two workers, three files in flight',
    async () => {
      const { preparer, close } = twoWorkers();
      const result = await measureImport(
        'b',
        join(dataRoot, 'import-ab'),
        articles,
        productEmbedder(),
        42,
        undefined,
        Infinity,
        preparer,
        { lanes: FILES_IN_FLIGHT + 1 },
      );
      await close();
      return result.articlesPerSecond;
    },
  ],
  [
    'one worker, without the timeline and cross-check indexers',
    async () => {
      const pool = new PreparerPool();
      const result = await measureImport(
        'c',
        join(dataRoot, 'import-ab'),
        articles,
        productEmbedder(),
        42,
        undefined,
        Infinity,
        pool,
        { skippedIndexers: ['timeline', 'cross-check'] },
      );
      await pool.close();
      return result.articlesPerSecond;
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
