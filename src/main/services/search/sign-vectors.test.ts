import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SignVectors } from './sign-vectors';

const DIMENSIONS = 64;

/** A small seeded generator (mulberry32), so every run sees the same vectors. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
  };
}

function unit(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const value of vector) sum += value * value;
  return vector.map((value) => value / Math.sqrt(sum));
}

/**
 * Vectors shaped like the lexical embedder's: a background direction every vector shares (so
 * unrelated vectors sit at cosine ~0.85), plus a topic of 40 and noise of their own.
 */
function corpus(count: number, seed: number) {
  const random = seeded(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const direction = (scale: number) =>
    Float32Array.from({ length: DIMENSIONS }, () => gaussian() * scale);
  const background = unit(direction(1));
  const topics = Array.from({ length: 40 }, () => unit(direction(1)));
  const make = () => {
    const topic = topics[Math.floor(random() * topics.length)]!;
    const noise = unit(direction(1));
    return unit(
      background.map((value, index) => 2 * value + 0.5 * topic[index]! + 0.6 * noise[index]!),
    );
  };
  return { vectors: Array.from({ length: count }, make), make };
}

function cosine(first: Float32Array, second: Float32Array): number {
  let sum = 0;
  for (let index = 0; index < first.length; index++) sum += first[index]! * second[index]!;
  return sum;
}

/** The exact k nearest ids among the vectors kept, by float cosine. */
function exact(kept: Map<number, Float32Array>, query: Float32Array, k: number): number[] {
  return [...kept]
    .map(([id, vector]) => ({ id, score: cosine(query, vector) }))
    .sort((first, second) => second.score - first.score)
    .slice(0, k)
    .map((entry) => entry.id);
}

function recall(
  index: SignVectors,
  kept: Map<number, Float32Array>,
  queries: Float32Array[],
  candidates: number,
) {
  let found = 0;
  for (const query of queries) {
    const truth = exact(kept, query, 10);
    // By score, not id: a neighbour as near as the true 10th counts (int8 moves ties a little).
    const tenth = cosine(query, kept.get(truth[9]!)!);
    found += index
      .nearest(query, 10, candidates)
      .filter((neighbour) => cosine(query, kept.get(neighbour.passageId)!) >= tenth - 0.01).length;
  }
  return found / (queries.length * 10);
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('sign vectors', () => {
  it('finds the exact nearest after adds, replacements and deletions, and after a save and load', () => {
    const { vectors, make } = corpus(600, 7);
    const index = new SignVectors(DIMENSIONS, SignVectors.meanOf(vectors, DIMENSIONS));
    const kept = new Map<number, Float32Array>();
    vectors.forEach((vector, position) => {
      index.set(position * 3 + 1, vector);
      kept.set(position * 3 + 1, vector);
    });
    // Delete every fifth passage (the last rows move into their places) and replace others.
    for (const id of [...kept.keys()]) {
      if (id % 5 === 0) {
        index.delete(id);
        kept.delete(id);
      } else if (id % 7 === 0) {
        const replacement = make();
        index.set(id, replacement);
        kept.set(id, replacement);
      }
    }
    index.delete(123_456);
    expect(index.size()).toBe(kept.size);
    expect(index.has(5)).toBe(false);
    expect(index.has(7)).toBe(true);

    const queries = Array.from({ length: 20 }, make);
    // With every row a candidate, only int8 rounding separates it from the exact scan.
    expect(recall(index, kept, queries, kept.size)).toBeGreaterThanOrEqual(0.99);
    const [first] = [...kept];
    const nearest = index.nearest(first![1], 1, kept.size)[0]!;
    expect(nearest.passageId).toBe(first![0]);
    expect(nearest.distance).toBeCloseTo(0, 2);

    const folder = mkdtempSync(join(tmpdir(), 'recoupe-signs-'));
    folders.push(folder);
    index.save(join(folder, 'vectors'));
    const loaded = SignVectors.load(join(folder, 'vectors'));
    expect(loaded.size()).toBe(kept.size);
    for (const query of queries) {
      expect(loaded.nearest(query, 10, 64)).toEqual(index.nearest(query, 10, 64));
    }
    // The loaded rows keep changing like the saved ones.
    loaded.delete(first![0]);
    expect(loaded.has(first![0])).toBe(false);
    expect(loaded.nearest(first![1], 1, kept.size)[0]!.passageId).not.toBe(first![0]);

    writeFileSync(join(folder, 'short'), Buffer.from([1, 2, 3, 4, 5]));
    expect(() => SignVectors.load(join(folder, 'short'))).toThrow();
  });

  it('keeps most true neighbours among 100 candidates of 8,000 once centred, unlike raw signs', () => {
    const { vectors, make } = corpus(8000, 11);
    const kept = new Map(vectors.map((vector, id) => [id + 1, vector]));
    const centred = new SignVectors(DIMENSIONS, SignVectors.meanOf(vectors, DIMENSIONS));
    const raw = new SignVectors(DIMENSIONS, new Float32Array(DIMENSIONS));
    for (const [id, vector] of kept) {
      centred.set(id, vector);
      raw.set(id, vector);
    }
    const queries = Array.from({ length: 30 }, make);
    const centredRecall = recall(centred, kept, queries, 100);
    expect(centredRecall).toBeGreaterThanOrEqual(0.9);
    // The shared direction makes most signs agree everywhere: raw signs miss many more.
    expect(recall(raw, kept, queries, 100)).toBeLessThan(centredRecall - 0.1);
  });
});
