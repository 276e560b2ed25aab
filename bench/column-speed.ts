import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { exactSearch, MetricKind } from 'usearch';
import { ColumnVectors, DEFAULT_SCAN } from '../src/main/services/search/column-vectors';
import { summarise } from './stats';

// `npx tsx bench/column-speed.ts [rows]`: the time of one `ColumnVectors` search at a corpus
// size not imported yet (1.32M rows = the 100k-article corpus), on random vectors shaped like
// the lexical embedder's (dense passages, queries with a few heavy dimensions). Recall needs the
// real vectors (bench/sign-scan.ts); time depends only on the sizes.
const rows = Number(process.argv[2] ?? 1_320_000);
mkdirSync(join(import.meta.dirname, 'data'), { recursive: true });
const dimensions = 256;
let seed = 7;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const columns = new ColumnVectors(dimensions);
const vector = new Float32Array(dimensions);
let started = performance.now();
for (let row = 0; row < rows; row++) {
  for (let index = 0; index < dimensions; index++) vector[index] = random() - 0.5;
  columns.set(row + 1, vector);
}
console.log(
  `${rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s, ${(columns.memoryBytes() / 2 ** 20).toFixed(0)} MB`,
);
const query = (heavy: number) => {
  const result = new Float32Array(dimensions);
  for (let index = 0; index < dimensions; index++) result[index] = (random() - 0.5) * 0.1;
  for (let index = 0; index < heavy; index++) result[Math.floor(random() * dimensions)] = 1;
  return result;
};
// Baseline in the same run: the same kernel scanning every dimension (an exact int8 scan).
const everyDimension = {
  energy: 1,
  fewestDimensions: dimensions,
  mostDimensions: dimensions,
  candidates: 10,
};
// And usearch's native exact int8 scan (SIMD, one thread) over a row-major copy.
const rowMajor = new Int8Array(rows * dimensions);
for (let index = 0; index < rowMajor.length; index++)
  rowMajor[index] = Math.round(random() * 254 - 127);
const toInt8 = (probe: Float32Array) => {
  let largest = 0;
  for (const value of probe) largest = Math.max(largest, Math.abs(value));
  return Int8Array.from(probe, (value) => Math.round((value * 127) / largest));
};
const methods: [string, (probe: Float32Array) => unknown][] = [
  ['heaviest dimensions (the product)', (probe) => columns.nearest(probe, 10, DEFAULT_SCAN)],
  [
    'every dimension (exact int8 scan, same kernel)',
    (probe) => columns.nearest(probe, 10, everyDimension),
  ],
  [
    'usearch exactSearch, int8, one thread (exact)',
    (probe) => exactSearch(rowMajor, toInt8(probe), dimensions, 10, MetricKind.Cos, 1),
  ],
];
const results: Record<string, unknown>[] = [];
for (const [name, heavy] of [
  ['12-word query', 10],
  ['passage', 256],
] as const) {
  // Alternated probe by probe, so both methods see the same load.
  const times = methods.map(() => [] as number[]);
  for (let run = 0; run < 30; run++) {
    const probe = query(heavy);
    methods.forEach(([, search], index) => {
      started = performance.now();
      search(probe);
      times[index]!.push(performance.now() - started);
    });
  }
  methods.forEach(([method], index) => {
    const summary = summarise(times[index]!);
    const result = { probes: name, method, rows, median: summary.median, p95: summary.p95 };
    results.push(result);
    console.log(JSON.stringify(result));
  });
}
writeFileSync(
  join(import.meta.dirname, 'data', `column-speed-${rows}.json`),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      memoryMB: columns.memoryBytes() / 2 ** 20,
      loadAverage: loadavg(),
      results,
    },
    null,
    2,
  )}\n`,
);
