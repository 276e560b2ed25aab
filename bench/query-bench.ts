import type { NearestPassages } from '../src/main/services/search/nearest';
import type { DatabaseSync } from 'node:sqlite';
import type { Embedder } from '../src/main/services/embedding/embedder';
import { SimilarService } from '../src/main/services/crosscheck/similar.service';
import type { TermCounts } from '../src/main/services/crosscheck/term-counts';
import { SearchService, type SearchMode } from '../src/main/services/search/search.service';
import { foldAccents, isStopWord, words } from '../src/main/services/text/words';
import { summarise, timeEach, type Summary } from './stats';
import { seededRandom } from './vocabulary';

/** Latencies of the product's search calls, by query kind and mode. */
export interface QueryMeasurement {
  search: Record<string, Summary>;
  similar: Summary;
  /** Median number of hits, to show the queries found something. */
  medianHits: Record<string, number>;
  queries: Record<string, string[]>;
}

/** Random passages' texts, the raw material for realistic queries. */
export function samplePassages(db: DatabaseSync, count: number, seed: number) {
  const random = seededRandom(seed);
  const maxId = (db.prepare('SELECT max(id) AS n FROM passages').get() as { n: number }).n;
  const statement = db.prepare('SELECT id, text FROM passages WHERE id = ?');
  const picked: { id: number; text: string }[] = [];
  while (picked.length < count) {
    const row = statement.get(1 + Math.floor(random() * maxId)) as
      { id: number; text: string } | undefined;
    // Boilerplate (menus, footers) is short; queries come from article bodies.
    if (row && row.text.length > 300) picked.push(row);
  }
  return picked;
}

/** Query sets: short (1–2 content words), long (a 12-word stretch), and the corpus's commonest word. */
export function buildQueries(db: DatabaseSync, count: number, seed: number) {
  const random = seededRandom(seed);
  const passages = samplePassages(db, count, seed);
  const short = passages.map((passage) => {
    const content = words(passage.text).filter((word) => !isStopWord(foldAccents(word)));
    const first = content[Math.floor(random() * content.length)]!;
    if (random() < 0.5) return first;
    return `${first} ${content[Math.floor(random() * content.length)]!}`;
  });
  const long = passages.map((passage) => {
    const all = passage.text.split(/\s+/);
    const start = Math.floor(random() * Math.max(1, all.length - 12));
    return all.slice(start, start + 12).join(' ');
  });
  return { short, long, ids: passages.map((passage) => passage.id) };
}

/** Times hybrid, text-only and vector-only search for short and long queries, and similar passages. */
export async function measureQueries(
  db: DatabaseSync,
  embedder: Embedder,
  count: number,
  seed: number,
  nearest: NearestPassages,
  termCounts: TermCounts,
): Promise<QueryMeasurement> {
  const service = new SearchService(db, embedder, nearest);
  const { short, long, ids } = buildQueries(db, count, seed);
  const search: Record<string, Summary> = {};
  const medianHits: Record<string, number> = {};
  const modes: SearchMode[] = ['text', 'vector', 'hybrid'];
  for (const [kind, queries] of Object.entries({ short, long })) {
    for (const mode of modes) {
      const hits: number[] = [];
      search[`${kind} ${mode}`] = await timeEach(queries, async (query) => {
        hits.push((await service.query(query, 20, mode)).length);
      });
      medianHits[`${kind} ${mode}`] = hits.sort((a, b) => a - b)[hits.length >> 1] ?? 0;
    }
  }
  // Similar passages as the app computes them: vector, wording, quotes, figures and names.
  const similar = await measureSimilar(db, ids, nearest, termCounts);
  return {
    search,
    similar,
    medianHits,
    queries: { short: short.slice(0, 5), long: long.slice(0, 3) },
  };
}

/** Times similar passages for each probe passage (one warm-up call first, as for search). */
export function measureSimilar(
  db: DatabaseSync,
  ids: readonly number[],
  nearest: NearestPassages,
  termCounts: TermCounts,
): Promise<Summary> {
  const service = new SimilarService(db, nearest, termCounts);
  return timeEach(ids, (id) => service.similar(id, 10));
}

/**
 * Similar passages with two word-count strategies on the same probes, alternating which goes
 * first (A B, B A, …): the first call for a probe stems its candidates and reads their pages,
 * which the second then finds ready, so a fixed order would favour the second.
 */
export function compareSimilar(
  db: DatabaseSync,
  ids: readonly number[],
  nearest: NearestPassages,
  first: TermCounts,
  second: TermCounts,
): { first: Summary; second: Summary } {
  const services = [first, second].map((counts) => new SimilarService(db, nearest, counts));
  const samples: [number[], number[]] = [[], []];
  ids.forEach((id, index) => {
    const order = index % 2 === 0 ? [0, 1] : [1, 0];
    for (const which of order) {
      const started = performance.now();
      services[which]!.similar(id, 10);
      samples[which]!.push(performance.now() - started);
    }
  });
  return { first: summarise(samples[0]), second: summarise(samples[1]) };
}
