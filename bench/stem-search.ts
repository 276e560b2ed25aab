import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATABASE_FILE, openDatabase } from '../src/main/db/connection';
import { SearchService } from '../src/main/services/search/search.service';
import { ConstantEmbedder, measureImport, productEmbedder } from './import-bench';
import { buildQueries } from './query-bench';
import { summarise, type Summary } from './stats';

// `npx tsx bench/stem-search.ts --size 10k`: full-text search with and without the words'
// other inflections, on the bench's generated corpus (imported first when absent), the two
// interleaved query by query in one run so machine load weighs on both alike.
// `--corpus DIR` measures an existing corpus folder instead (e.g. the 100k one another run
// built), opened read-only: nothing is imported or written there.
const SIZES: Record<string, number> = { '1k': 1000, '10k': 10_000 };
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10k' },
    seed: { type: 'string', default: '42' },
    corpus: { type: 'string' },
    queries: { type: 'string', default: '60' },
  },
});
const count = SIZES[values.size!];
if (count === undefined) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
const seed = Number(values.seed);
const corpusDir = values.corpus ?? join(import.meta.dirname, 'data', `corpus-${values.size}`);
if (values.corpus && !existsSync(join(corpusDir, DATABASE_FILE))) {
  throw new Error(`${corpusDir} holds no ${DATABASE_FILE}`);
}
if (!existsSync(join(corpusDir, DATABASE_FILE))) {
  console.log(`importing ${count} generated articles into ${corpusDir}…`);
  await measureImport('stem search corpus', corpusDir, count, productEmbedder(), seed);
}
const db = openDatabase(join(corpusDir, DATABASE_FILE), { readOnly: Boolean(values.corpus) });
const loadBefore = loadavg();
const passages = (db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n;
// Text mode only: the vector side is unchanged and a constant embedder keeps it out of the way.
const embedder = new ConstantEmbedder();
const before = new SearchService(db, embedder, undefined, false);
const after = new SearchService(db, embedder, undefined, true);
const { short, long } = buildQueries(db, Number(values.queries), seed);
const results: Record<string, { before: Summary; after: Summary; hits: [number, number] }> = {};
for (const [kind, queries] of Object.entries({ short, long })) {
  const times: [number[], number[]] = [[], []];
  const hits: [number[], number[]] = [[], []];
  await before.query(queries[0]!, 20, 'text');
  await after.query(queries[0]!, 20, 'text');
  for (const [at, query] of queries.entries()) {
    // Alternate which goes first, so the page cache warmed by one does not favour the other.
    const order = at % 2 === 0 ? [0, 1] : [1, 0];
    for (const index of order) {
      const service = index === 0 ? before : after;
      const started = performance.now();
      const found = await service.query(`${query} `, 20, 'text');
      times[index]!.push(performance.now() - started);
      hits[index]!.push(found.length);
    }
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]!;
  results[kind] = {
    before: summarise(times[0]),
    after: summarise(times[1]),
    hits: [median(hits[0]), median(hits[1])],
  };
}
const load = { before: loadBefore, after: loadavg() };
console.log(JSON.stringify({ corpus: corpusDir, passages, load, results }, null, 2));
