import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Index, MetricKind, ScalarKind } from 'usearch';
import { DATABASE_FILE, openDatabase } from '../src/main/db/connection';
import { productEmbedder } from './import-bench';
import { buildQueries, samplePassages } from './query-bench';

// `npx tsx bench/hnsw-expansion.ts [corpus-100k]`: recall@10 and latency of the saved HNSW index
// at several search expansions (ef), for query vectors and passage vectors separately, against
// an exact scan in JS. Writes bench/data/hnsw-expansion-<corpus>.json.
const corpus = process.argv[2] ?? 'corpus-1k';
const dir = join(import.meta.dirname, 'data', corpus);
const db = openDatabase(join(dir, DATABASE_FILE));
const rows = db.prepare('SELECT rowid AS id, embedding FROM passage_vectors').all() as {
  id: number;
  embedding: Uint8Array;
}[];
const dimensions = rows[0]!.embedding.byteLength / 4;
const flat = new Float32Array(rows.length * dimensions);
const position = new Map<number, number>();
rows.forEach((row, index) => {
  flat.set(
    new Float32Array(row.embedding.buffer, row.embedding.byteOffset, dimensions),
    index * dimensions,
  );
  position.set(row.id, index);
});
const count = rows.length;
rows.length = 0;
const dot = (query: Float32Array, row: number) => {
  let sum = 0;
  for (let index = 0, offset = row * dimensions; index < dimensions; index++) {
    sum += flat[offset + index]! * query[index]!;
  }
  return sum;
};
const vectorOf = (id: number) => {
  const offset = position.get(id)! * dimensions;
  return flat.slice(offset, offset + dimensions);
};
const { long } = buildQueries(db, 20, 43);
const probes = {
  queries: await productEmbedder().embed(long),
  passages: samplePassages(db, 20, 44).map((row) => vectorOf(row.id)),
};
/** The exact 10th-best score: a result at least that near counts as found (copies tie). */
const tenth = (query: Float32Array) => {
  const best: number[] = [];
  for (let row = 0; row < count; row++) {
    const score = dot(query, row);
    if (best.length < 10 || score > best[9]!) {
      best.push(score);
      best.sort((a, b) => b - a);
      if (best.length > 10) best.pop();
    }
  }
  return best[9]!;
};
const truths = Object.fromEntries(
  Object.entries(probes).map(([kind, vectors]) => [kind, vectors.map(tenth)]),
);
const results: Record<string, unknown>[] = [];
for (const expansion of [128, 512, 2048]) {
  const index = new Index({
    dimensions,
    metric: MetricKind.Cos,
    quantization: ScalarKind.I8,
    connectivity: 16,
    expansion_add: 64,
    expansion_search: expansion,
    multi: false,
  });
  // The HNSW file the app saved before 2026-12 (bench/sign-scan.ts builds one with HNSW=build).
  index.load(join(dir, 'vectors.usearch'));
  for (const [kind, vectors] of Object.entries(probes)) {
    let found = 0;
    const times: number[] = [];
    vectors.forEach((query, probe) => {
      const started = performance.now();
      const matches = index.search(query, 10, 1);
      times.push(performance.now() - started);
      found += Array.from(matches.keys).filter(
        (key) => dot(query, position.get(Number(key))!) >= truths[kind]![probe]! - 1e-5,
      ).length;
    });
    times.sort((a, b) => a - b);
    const result = {
      expansion,
      probes: kind,
      recall: found / (vectors.length * 10),
      medianMs: times[times.length >> 1]!,
      p95Ms: times[Math.floor(times.length * 0.95)]!,
    };
    console.log(JSON.stringify(result));
    results.push(result);
  }
}
writeFileSync(
  join(import.meta.dirname, 'data', `hnsw-expansion-${corpus}.json`),
  `${JSON.stringify({ vectors: count, date: new Date().toISOString(), results }, null, 2)}\n`,
);
