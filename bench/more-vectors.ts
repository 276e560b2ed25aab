import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE, openDatabase } from '../src/main/db/connection';
import { PreparerPool } from '../src/main/services/import/worker/preparer-pool';
import { ColumnVectors, DEFAULT_SCAN } from '../src/main/services/search/column-vectors';
import { CorpusGenerator } from './corpus-generator';
import { productEmbedder } from './import-bench';
import { buildQueries } from './query-bench';
import { summarise } from './stats';

// `npx tsx bench/more-vectors.ts corpus-10k MINUTES`: recall@10 of the column index on more
// vectors than the imported corpus holds, without importing: the generator's stream is
// continued past the corpus's articles (same seed, same vocabulary), prepared and embedded on
// two workers for MINUTES, and added to the corpus's own vectors. Vectors only: it tells how
// recall moves with size when no bigger corpus can be imported. Writes
// bench/data/more-vectors.json.
const corpus = process.argv[2] ?? 'corpus-10k';
const minutes = Number(process.argv[3] ?? 5);
const db = openDatabase(join(import.meta.dirname, 'data', corpus, DATABASE_FILE));
const stored = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
const vectors: Float32Array[] = [];
for (const row of db.prepare('SELECT embedding FROM passage_vectors').iterate() as Iterable<{
  embedding: Uint8Array;
}>) {
  vectors.push(
    new Float32Array(
      row.embedding.buffer.slice(
        row.embedding.byteOffset,
        row.embedding.byteOffset + row.embedding.byteLength,
      ),
    ),
  );
}
const fromCorpus = vectors.length;
const { long } = buildQueries(db, 40, 43);
db.close();

const pools = [new PreparerPool(), new PreparerPool()];
const generator = new CorpusGenerator(42).articles(10_000_000);
for (let skipped = 0; skipped < stored; skipped++) generator.next();
const deadline = performance.now() + minutes * 60_000;
let articles = 0;
const lane = async (pool: PreparerPool) => {
  while (performance.now() < deadline) {
    const next = generator.next();
    if (next.done) return;
    const preparation = await pool.prepare({
      bytes: next.value.bytes,
      fileName: next.value.name,
      corrections: {},
      embedLexically: true,
    });
    vectors.push(...(preparation.vectors ?? []));
    articles++;
  }
};
await Promise.all([...pools, ...pools].map(lane));
await Promise.all(pools.map((pool) => pool.close()));
console.log(
  `${fromCorpus} vectors from ${corpus}, ${vectors.length - fromCorpus} from ${articles} more articles`,
);

const dimensions = vectors[0]!.length;
const dot = (first: Float32Array, second: Float32Array) => {
  let sum = 0;
  for (let index = 0; index < dimensions; index++) sum += first[index]! * second[index]!;
  return sum;
};
const probes: Record<string, Float32Array[]> = {
  queries: await productEmbedder().embed(long),
  // Passages spread over the whole set, the new ones included.
  passages: Array.from(
    { length: 40 },
    (_, index) => vectors[Math.floor(((index + 0.5) * vectors.length) / 40)]!,
  ),
};
const settings = [
  DEFAULT_SCAN,
  { ...DEFAULT_SCAN, energy: 0.7, mostDimensions: 64 },
  { ...DEFAULT_SCAN, candidates: 1024 },
];
const results: Record<string, unknown>[] = [];
for (const size of [fromCorpus, vectors.length]) {
  const columns = new ColumnVectors(dimensions);
  for (let row = 0; row < size; row++) columns.set(row + 1, vectors[row]!);
  for (const [kind, queries] of Object.entries(probes)) {
    const tenths = queries.map((query) => {
      const scores = new Float32Array(size);
      for (let row = 0; row < size; row++) scores[row] = dot(query, vectors[row]!);
      return scores.sort()[size - 10]!;
    });
    for (const options of settings) {
      let found = 0;
      const times: number[] = [];
      queries.forEach((query, probe) => {
        const started = performance.now();
        const neighbours = columns.nearest(query, 10, options);
        times.push(performance.now() - started);
        found += neighbours.filter(
          (neighbour) => dot(query, vectors[neighbour.passageId - 1]!) >= tenths[probe]! - 1e-5,
        ).length;
      });
      const summary = summarise(times);
      const result = {
        vectors: size,
        probes: kind,
        options,
        recall: found / (queries.length * 10),
        medianMs: summary.median,
        p95Ms: summary.p95,
      };
      results.push(result);
      console.log(JSON.stringify(result));
    }
  }
}
writeFileSync(
  join(import.meta.dirname, 'data', 'more-vectors.json'),
  `${JSON.stringify({ date: new Date().toISOString(), loadAverage: loadavg(), settings: DEFAULT_SCAN, results }, null, 2)}\n`,
);
