import { existsSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { exactSearch, Index, MetricKind, ScalarKind } from 'usearch';
import { DATABASE_FILE, openDatabase } from '../src/main/db/connection';
import { ColumnVectors } from '../src/main/services/search/column-vectors';
import { SignVectors } from './signs/sign-vectors';
import { productEmbedder } from './import-bench';
import { buildQueries, samplePassages } from './query-bench';
import { summarise } from './stats';

// `npx tsx bench/sign-scan.ts [corpus-100k] [probes]`: recall@10 against the exact scan, latency
// and memory of each nearest-vector method, in one run on the same probes: the old HNSW index
// (int8, from `hnsw-bench.usearch` if there, built with HNSW=build), the int8 columns (the
// product, several settings), sign bits of raw and of centred vectors re-ranked with int8,
// and usearch's native exact int8 scan.
// Writes bench/data/sign-scan-<corpus>.json.
const corpus = process.argv[2] ?? 'corpus-1k';
const probeCount = Number(process.argv[3] ?? 40);
const dir = join(import.meta.dirname, 'data', corpus);
const db = openDatabase(join(dir, DATABASE_FILE));
const K = 10;

let started = performance.now();
const dimensions =
  (db.prepare('SELECT embedding FROM passage_vectors LIMIT 1').get() as { embedding: Uint8Array })
    .embedding.byteLength / 4;
const total = (db.prepare('SELECT count(*) AS n FROM passage_vectors').get() as { n: number }).n;
const flat = new Float32Array(total * dimensions);
const ids = new Int32Array(total);
const position = new Map<number, number>();
let count = 0;
for (const row of db
  .prepare('SELECT rowid AS id, embedding FROM passage_vectors')
  .iterate() as Iterable<{ id: number; embedding: Uint8Array }>) {
  flat.set(
    new Float32Array(row.embedding.buffer, row.embedding.byteOffset, dimensions),
    count * dimensions,
  );
  ids[count] = row.id;
  position.set(row.id, count++);
}
const loadSeconds = (performance.now() - started) / 1000;
console.log(`${count} vectors read in ${loadSeconds.toFixed(1)} s`);
const dot = (query: Float32Array, row: number) => {
  let sum = 0;
  for (let index = 0, offset = row * dimensions; index < dimensions; index++) {
    sum += flat[offset + index]! * query[index]!;
  }
  return sum;
};
function* everyVector() {
  for (let row = 0; row < count; row++)
    yield flat.subarray(row * dimensions, (row + 1) * dimensions);
}
const vectorOf = (id: number) => {
  const offset = position.get(id)! * dimensions;
  return flat.slice(offset, offset + dimensions);
};

const { long } = buildQueries(db, probeCount, 43);
const probes: Record<string, Float32Array[]> = {
  queries: await productEmbedder().embed(long),
  passages: samplePassages(db, probeCount, 44).map((row) => vectorOf(row.id)),
};

/**
 * `CENTRED=1`: the embedder itself centred (every vector minus the corpus mean, normalised
 * again), so the truth is the centred vectors' exact neighbours.
 */
const centredSpace = process.env.CENTRED === '1';
if (centredSpace) {
  const mean = SignVectors.meanOf(everyVector(), dimensions);
  const centre = (vector: Float32Array) => {
    let norm = 0;
    for (let index = 0; index < dimensions; index++) {
      vector[index]! -= mean[index]!;
      norm += vector[index]! ** 2;
    }
    norm = Math.sqrt(norm) || 1;
    for (let index = 0; index < dimensions; index++) vector[index]! /= norm;
  };
  for (let row = 0; row < count; row++)
    centre(flat.subarray(row * dimensions, (row + 1) * dimensions));
  for (const vectors of Object.values(probes)) vectors.forEach(centre);
}

/** The exact k-th best score of each probe, and the JS float32 scan's time (the truth). */
const exactTimes: number[] = [];
const kth = (query: Float32Array) => {
  const begun = performance.now();
  const best: number[] = [];
  for (let row = 0; row < count; row++) {
    const score = dot(query, row);
    if (best.length < K || score > best[K - 1]!) {
      best.push(score);
      best.sort((a, b) => b - a);
      if (best.length > K) best.pop();
    }
  }
  exactTimes.push(performance.now() - begun);
  return best[K - 1]!;
};
const truths = Object.fromEntries(
  Object.entries(probes).map(([kind, vectors]) => [kind, vectors.map(kth)]),
);

/** One method's figures for one kind of probe (bench/report.ts prints them). */
export interface NeighbourResult {
  method: string;
  probes: string;
  recall: number;
  medianMs: number;
  p95Ms: number;
  memoryMB: number;
  errors?: number;
}
const results: NeighbourResult[] = [];
/** Recall by distance (the corpus repeats passages: any passage as near as the k-th counts). */
function measure(method: string, memoryMB: number, search: (query: Float32Array) => number[]) {
  for (const [kind, vectors] of Object.entries(probes)) {
    let found = 0;
    const times: number[] = [];
    let errors = 0;
    vectors.forEach((query, probe) => {
      const begun = performance.now();
      let got: number[] = [];
      try {
        got = search(query);
      } catch {
        // usearch's exactSearch sometimes answers "Out of memory" (counted, found nothing).
        errors++;
      }
      times.push(performance.now() - begun);
      found += Math.min(
        K,
        new Set(got.filter((id) => dot(query, position.get(id)!) >= truths[kind]![probe]! - 1e-5))
          .size,
      );
    });
    const summary = summarise(times);
    const result = {
      method,
      probes: kind,
      recall: found / (vectors.length * K),
      medianMs: summary.median,
      p95Ms: summary.p95,
      memoryMB,
      ...(errors > 0 ? { errors } : {}),
    };
    console.log(JSON.stringify(result));
    results.push(result);
  }
}

const exactSummary = summarise(exactTimes);
results.push({
  method: 'exact float32 scan in JS (the truth)',
  probes: 'both',
  recall: 1,
  medianMs: exactSummary.median,
  p95Ms: exactSummary.p95,
  memoryMB: flat.byteLength / 2 ** 20,
});

// Not `vectors.usearch`: the app deletes that file (the old index) once it saves its own.
const hnswFile = join(dir, 'hnsw-bench.usearch');
/** The graph the app used before 2026-12: connectivity 16, expansion 64 at build, int8. */
const hnsw = (expansion: number) =>
  new Index({
    dimensions,
    metric: MetricKind.Cos,
    quantization: ScalarKind.I8,
    connectivity: 16,
    expansion_add: 64,
    expansion_search: expansion,
    multi: false,
  });
// `HNSW=build`: build that graph from these vectors when the corpus has none saved.
if (!existsSync(hnswFile) && process.env.HNSW === 'build') {
  started = performance.now();
  const index = hnsw(512);
  for (let first = 0; first < count; first += 16_384) {
    const last = Math.min(count, first + 16_384);
    index.add(
      BigUint64Array.from(ids.subarray(first, last), (id) => BigInt(id)),
      flat.subarray(first * dimensions, last * dimensions),
      2,
    );
  }
  index.save(hnswFile);
  console.log(`HNSW built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
if (existsSync(hnswFile)) {
  for (const expansion of [128, 512, 2048]) {
    const index = hnsw(expansion);
    index.view(hnswFile);
    measure(`HNSW int8, expansion ${expansion}`, statSync(hnswFile).size / 2 ** 20, (query) =>
      Array.from(index.search(query, K, 1).keys, Number),
    );
  }
}

started = performance.now();
const columns = new ColumnVectors(dimensions);
for (let row = 0; row < count; row++) {
  columns.set(ids[row]!, flat.subarray(row * dimensions, (row + 1) * dimensions));
}
const columnBuildSeconds = (performance.now() - started) / 1000;
for (const [energy, fewest, most] of [
  [0.5, 16, 32],
  [0.6, 16, 48],
  [0.7, 24, 64],
  [0.8, 24, 96], // the product's setting (DEFAULT_SCAN)
] as const) {
  for (const candidates of [256, 512, 1024]) {
    const options = { energy, fewestDimensions: fewest, mostDimensions: most, candidates };
    measure(
      `int8 columns: the query's largest dimensions (${energy * 100} % of its weight, ${fewest}–${most}), ${candidates} candidates re-ranked`,
      columns.memoryBytes() / 2 ** 20,
      (query) => columns.nearest(query, K, options).map((found) => found.passageId),
    );
  }
}
const rows = (centre: Float32Array) => {
  const vectors = new SignVectors(dimensions, centre, count);
  for (let row = 0; row < count; row++) {
    vectors.add(ids[row]!, flat.subarray(row * dimensions, (row + 1) * dimensions));
  }
  return vectors;
};
started = performance.now();
const mean = SignVectors.meanOf(everyVector(), dimensions);
const centred = rows(mean);
const buildSeconds = (performance.now() - started) / 1000;
let norm = 0;
for (const value of mean) norm += value * value;
console.log(
  `sign rows built in ${buildSeconds.toFixed(1)} s; mean vector length ${Math.sqrt(norm).toFixed(3)}`,
);
for (const candidates of [256, 1024]) {
  measure(
    `centred signs scored against the float query, ${candidates} candidates re-ranked in int8`,
    centred.bytes() / 2 ** 20,
    (query) => centred.nearest(query, K, candidates, true).map((found) => found.passageId),
  );
}
for (const candidates of [128, 256, 512, 1024, 2048]) {
  measure(
    `centred signs, ${candidates} candidates re-ranked in int8`,
    centred.bytes() / 2 ** 20,
    (query) => centred.nearest(query, K, candidates).map((found) => found.passageId),
  );
}
const raw = rows(new Float32Array(dimensions));
for (const candidates of [512, 2048]) {
  measure(`raw signs (no centring), ${candidates} candidates`, raw.bytes() / 2 ** 20, (query) =>
    raw.nearest(query, K, candidates).map((found) => found.passageId),
  );
}

// usearch's native exact scan over the same int8 vectors (SIMD, both cores).
const int8 = new Int8Array(count * dimensions);
for (let row = 0; row < count; row++) {
  const vector = flat.subarray(row * dimensions, (row + 1) * dimensions);
  let largest = 0;
  for (const value of vector) largest = Math.max(largest, Math.abs(value));
  for (let index = 0; index < dimensions; index++) {
    int8[row * dimensions + index] = Math.round((vector[index]! * 127) / (largest || 1));
  }
}
measure(
  'native exact int8 scan (usearch exactSearch, 1 thread)',
  int8.byteLength / 2 ** 20,
  (query) => {
    let largest = 0;
    for (const value of query) largest = Math.max(largest, Math.abs(value));
    const quantised = Int8Array.from(query, (value) => Math.round((value * 127) / (largest || 1)));
    const matches = exactSearch(int8, quantised, dimensions, K, MetricKind.Cos, 1);
    return Array.from(matches.keys as BigUint64Array, (slot) => ids[Number(slot)]!);
  },
);

writeFileSync(
  join(import.meta.dirname, 'data', `sign-scan-${corpus}.json`),
  `${JSON.stringify(
    {
      vectors: count,
      probes: probeCount,
      date: new Date().toISOString(),
      loadAverage: loadavg(),
      signBuildSeconds: buildSeconds,
      columnBuildSeconds,
      meanVectorLength: Math.sqrt(norm),
      results,
    },
    null,
    2,
  )}\n`,
);
db.close();
