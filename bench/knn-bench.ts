import { rmSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { SKETCH_BITS, signSketch } from './vector-sketch';
import { lexicalCandidates } from './lexical-candidates';
import { summarise, type Summary } from './stats';

/** Latency and recall@k of one nearest-neighbour method against exact float32 search. */
export interface KnnMethod {
  method: string;
  latency: Summary;
  recall: number;
  /** Median latency as a multiple of the plain JS brute-force scan's. */
  ratioToJavaScript?: number;
}

/** What the vector comparison measured. */
export interface KnnMeasurement {
  vectors: number;
  dimensions: number;
  k: number;
  loadSeconds: number;
  buildSeconds: Record<string, number>;
  methods: KnnMethod[];
}

/** Every stored vector in one flat array, with its rowid, for the exact baseline. */
function loadVectors(db: DatabaseSync, dimensions: number) {
  const count = (db.prepare('SELECT count(*) AS n FROM passage_vectors').get() as { n: number }).n;
  const flat = new Float32Array(count * dimensions);
  const rowids = new Int32Array(count);
  let index = 0;
  for (const row of db
    .prepare('SELECT rowid, embedding FROM passage_vectors')
    .iterate() as Iterable<{
    rowid: number;
    embedding: Uint8Array;
  }>) {
    flat.set(
      new Float32Array(row.embedding.buffer, row.embedding.byteOffset, dimensions),
      index * dimensions,
    );
    rowids[index++] = row.rowid;
  }
  return { flat, rowids, count };
}

/** Exact top-k by dot product (vectors are unit length, so dot = cosine) over the flat array. */
function bruteForce(flat: Float32Array, rowids: Int32Array, query: Float32Array, k: number) {
  const dimensions = query.length;
  const best: { rowid: number; score: number }[] = [];
  let floor = -Infinity;
  for (let row = 0, offset = 0; offset < flat.length; row++, offset += dimensions) {
    let dot = 0;
    for (let index = 0; index < dimensions; index++) dot += flat[offset + index]! * query[index]!;
    if (best.length < k || dot > floor) {
      best.push({ rowid: rowids[row]!, score: dot });
      best.sort((a, b) => b.score - a.score);
      if (best.length > k) best.pop();
      floor = best[best.length - 1]!.score;
    }
  }
  return best.map((entry) => entry.rowid);
}

/**
 * Recall@k by distance, not by id: the generated corpus repeats passages across outlets (about
 * a hundred passages tie with a probe's tenth neighbour at 1k), so any passage as near as the
 * true k-th counts as found; matching ids would score a correct answer with other copies ~0.8.
 */
function recall(
  found: readonly number[],
  kthScore: number,
  scoreOf: (rowid: number) => number,
  k: number,
): number {
  const near = new Set(found.filter((rowid) => scoreOf(rowid) >= kthScore - 1e-5));
  return Math.min(near.size, k) / k;
}

/**
 * Compares KNN over the same vectors: a plain JS scan (exact, the baseline and the truth),
 * sqlite-vec float32, int8 and bit vectors, the quantised ones also re-scored exactly over a
 * few dozen candidates, as DESIGN.md suggests near a million passages.
 */
export function measureKnn(
  db: DatabaseSync,
  scratchFile: string,
  probes: readonly { text: string; vector: Float32Array }[],
  productMethods: [string, (query: Float32Array, k: number) => number[]][] = [],
  k = 10,
): KnnMeasurement {
  const queries = probes.map((probe) => probe.vector);
  const texts = new Map(probes.map((probe) => [probe.vector, probe.text]));
  const dimensions = queries[0]!.length;
  let start = performance.now();
  const { flat, rowids, count } = loadVectors(db, dimensions);
  const loadSeconds = (performance.now() - start) / 1000;
  const rowIndex = new Map<number, number>();
  rowids.forEach((rowid, index) => rowIndex.set(rowid, index));

  rmSync(scratchFile, { force: true });
  db.exec(`ATTACH '${scratchFile}' AS scratch`);
  const buildSeconds: Record<string, number> = {};
  const build = (name: string, type: string, quantise: string) => {
    const begin = performance.now();
    db.exec(`CREATE VIRTUAL TABLE scratch.${name} USING vec0(embedding ${type}[${dimensions}])`);
    db.exec(`INSERT INTO scratch.${name}(rowid, embedding)
             SELECT rowid, ${quantise} FROM passage_vectors`);
    buildSeconds[name] = (performance.now() - begin) / 1000;
  };
  // 'unit' int8 maps [-1, 1] to 255 steps; a 256-dim unit vector's components are small, so
  // only a few of those steps are used: re-scoring makes up for the lost precision.
  build('knn_int8', 'int8', "vec_quantize_int8(embedding, 'unit')");
  build('knn_bit', 'bit', 'vec_quantize_binary(embedding)');
  start = performance.now();
  db.exec(`CREATE VIRTUAL TABLE scratch.knn_sketch USING vec0(embedding bit[${SKETCH_BITS}])`);
  const insertSketch = db.prepare(
    'INSERT INTO scratch.knn_sketch(rowid, embedding) VALUES (?, vec_bit(?))',
  );
  db.exec('BEGIN');
  for (let index = 0; index < count; index++) {
    const vector = flat.subarray(index * dimensions, (index + 1) * dimensions);
    insertSketch.run(BigInt(rowids[index]!), signSketch(vector));
  }
  db.exec('COMMIT');
  buildSeconds.knn_sketch = (performance.now() - start) / 1000;

  const rescore = (candidates: readonly number[], query: Float32Array) =>
    candidates
      .map((rowid) => {
        const offset = rowIndex.get(rowid)! * dimensions;
        let dot = 0;
        for (let index = 0; index < dimensions; index++) {
          dot += flat[offset + index]! * query[index]!;
        }
        return { rowid, dot };
      })
      .sort((a, b) => b.dot - a.dot)
      .slice(0, k)
      .map((entry) => entry.rowid);

  const knn = (table: string, quantise: string) => {
    const statement = db.prepare(
      `SELECT rowid FROM ${table} WHERE embedding MATCH ${quantise} AND k = ?`,
    );
    return (query: Float32Array, candidates: number) =>
      (statement.all(query, candidates) as { rowid: number }[]).map((row) => row.rowid);
  };
  const float32 = knn('passage_vectors', '?');
  const int8 = knn('scratch.knn_int8', "vec_quantize_int8(?, 'unit')");
  const bit = knn('scratch.knn_bit', 'vec_quantize_binary(?)');
  const sketchKnn = knn('scratch.knn_sketch', 'vec_bit(?)');
  const sketch = (query: Float32Array, candidates: number) =>
    sketchKnn(signSketch(query) as unknown as Float32Array, candidates);

  // Re-scoring as the product would do it: each candidate's vector read back from vec0.
  const storedVector = db.prepare('SELECT embedding FROM passage_vectors WHERE rowid = ?');
  const rescoreStored = (candidates: readonly number[], query: Float32Array) =>
    candidates
      .map((rowid) => {
        const bytes = (storedVector.get(BigInt(rowid)) as { embedding: Uint8Array }).embedding;
        const vector = new Float32Array(bytes.buffer, bytes.byteOffset, dimensions);
        let dot = 0;
        for (let index = 0; index < dimensions; index++) dot += vector[index]! * query[index]!;
        return { rowid, dot };
      })
      .sort((a, b) => b.dot - a.dot)
      .slice(0, k)
      .map((entry) => entry.rowid);
  const lexical = (query: Float32Array, candidates: number) =>
    rescoreStored(lexicalCandidates(db, texts.get(query)!, candidates), query);

  const truths = queries.map((query) => bruteForce(flat, rowids, query, k));
  const scoreOf = (query: Float32Array) => (rowid: number) => {
    const offset = rowIndex.get(rowid)! * dimensions;
    let dot = 0;
    for (let index = 0; index < dimensions; index++) dot += flat[offset + index]! * query[index]!;
    return dot;
  };
  const kthScores = queries.map((query, index) => scoreOf(query)(truths[index]!.at(-1)!));
  const methods: [string, (query: Float32Array) => number[]][] = [
    ['JS brute-force cosine (exact, baseline)', (query) => bruteForce(flat, rowids, query, k)],
    ['sqlite-vec float32', (query) => float32(query, k)],
    ['sqlite-vec int8', (query) => int8(query, k)],
    ['sqlite-vec int8, 50 candidates re-scored', (query) => rescore(int8(query, 50), query)],
    ['sqlite-vec bit', (query) => bit(query, k)],
    ['sqlite-vec bit, 50 candidates re-scored', (query) => rescore(bit(query, 50), query)],
    ['sqlite-vec bit, 100 candidates re-scored', (query) => rescore(bit(query, 100), query)],
    ['sqlite-vec bit, 200 candidates re-scored', (query) => rescore(bit(query, 200), query)],
    ['FTS rarest words, 100 candidates re-scored', (query) => lexical(query, 100)],
    ['FTS rarest words, 300 candidates re-scored', (query) => lexical(query, 300)],
    [`SimHash ${SKETCH_BITS} bits`, (query) => sketch(query, k)],
    [`SimHash ${SKETCH_BITS} bits, 50 re-scored`, (query) => rescore(sketch(query, 50), query)],
    [`SimHash ${SKETCH_BITS} bits, 100 re-scored`, (query) => rescore(sketch(query, 100), query)],
    [`SimHash ${SKETCH_BITS} bits, 200 re-scored`, (query) => rescore(sketch(query, 200), query)],
    ...productMethods.map(([name, search]): [string, (query: Float32Array) => number[]] => [
      name,
      (query) => search(query, k),
    ]),
  ];
  const results: KnnMethod[] = methods.map(([method, search]) => {
    search(queries[0]!);
    const samples: number[] = [];
    let recalled = 0;
    queries.forEach((query, index) => {
      start = performance.now();
      const found = search(query);
      samples.push(performance.now() - start);
      recalled += recall(found, kthScores[index]!, scoreOf(query), k);
    });
    return { method, latency: summarise(samples), recall: recalled / queries.length };
  });
  const baseline = results[0]!.latency.median;
  for (const result of results) result.ratioToJavaScript = result.latency.median / baseline;
  db.exec('DETACH scratch');
  rmSync(scratchFile, { force: true });
  return { vectors: count, dimensions, k, loadSeconds, buildSeconds, methods: results };
}
