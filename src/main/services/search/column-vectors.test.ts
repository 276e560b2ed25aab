import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LexicalHashEmbedder } from '../embedding/lexical-hash-embedder';
import { ColumnVectors, DEFAULT_SCAN, type ScanOptions } from './column-vectors';

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

function cosine(first: Float32Array, second: Float32Array): number {
  let sum = 0;
  for (let index = 0; index < first.length; index++) sum += first[index]! * second[index]!;
  return sum;
}

/**
 * Recall@10 by score against the exact float scan: a neighbour as near as the true 10th
 * counts (int8 rounding moves near-ties by ~0.01, and the texts repeat words).
 */
function recall(
  index: ColumnVectors,
  kept: Map<number, Float32Array>,
  queries: Float32Array[],
  options: ScanOptions,
): number {
  let found = 0;
  for (const query of queries) {
    const scores = [...kept.values()].map((vector) => cosine(query, vector));
    const tenth = scores.sort((first, second) => second - first)[9]!;
    found += index
      .nearest(query, 10, options)
      .filter((neighbour) => cosine(query, kept.get(neighbour.passageId)!) >= tenth - 0.01).length;
  }
  return found / (queries.length * 10);
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('vectors stored by dimension', () => {
  it('finds the exact nearest after adds, replacements and deletions, and after a save and load', () => {
    const random = seeded(7);
    const make = () => {
      const vector = Float32Array.from({ length: 48 }, () => random() - 0.5);
      const length = Math.sqrt(cosine(vector, vector));
      return vector.map((value) => value / length);
    };
    // More rows than a block holds (16,384), so rows move between blocks on deletion.
    const index = new ColumnVectors(48);
    const kept = new Map<number, Float32Array>();
    for (let id = 1; id <= 17_000; id++) {
      const vector = make();
      index.set(id * 3, vector);
      kept.set(id * 3, vector);
    }
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
    index.delete(123_456_789);
    expect(index.size()).toBe(kept.size);
    expect(index.has(15)).toBe(false);
    expect(index.has(21)).toBe(true);

    // With every row a candidate, only int8 rounding separates it from the exact scan.
    const everyRow = { ...DEFAULT_SCAN, candidates: kept.size };
    const queries = Array.from({ length: 10 }, make);
    expect(recall(index, kept, queries, everyRow)).toBeGreaterThanOrEqual(0.99);
    const [last] = [...kept].slice(-1);
    const nearest = index.nearest(last![1], 1, everyRow)[0]!;
    expect(nearest.passageId).toBe(last![0]);
    expect(nearest.distance).toBeCloseTo(0, 2);

    const folder = mkdtempSync(join(tmpdir(), 'recoupe-columns-'));
    folders.push(folder);
    index.save(join(folder, 'vectors'));
    const loaded = ColumnVectors.load(join(folder, 'vectors'));
    expect(loaded.size()).toBe(kept.size);
    for (const query of queries) {
      expect(loaded.nearest(query, 10)).toEqual(index.nearest(query, 10));
    }
    // The loaded rows keep changing like the saved ones.
    loaded.delete(last![0]);
    expect(loaded.has(last![0])).toBe(false);
    expect(loaded.nearest(last![1], 1, everyRow)[0]!.passageId).not.toBe(last![0]);
    loaded.set(1, last![1]);
    expect(loaded.nearest(last![1], 1, everyRow)[0]!.passageId).toBe(1);

    writeFileSync(join(folder, 'short'), Buffer.from([1, 2, 3, 4, 5]));
    expect(() => ColumnVectors.load(join(folder, 'short'))).toThrow();
  });

  it('finds the nearest passages of the built-in embedder from few candidates', async () => {
    // Passages of invented words, commoner words far more frequent (Zipf), as in the benchmark.
    const random = seeded(11);
    const letters = 'bcdfglmnprstv';
    const vowels = 'aeiou';
    const vocabulary = Array.from({ length: 3000 }, () =>
      Array.from({ length: 3 }, () => {
        const consonant = letters[Math.floor(random() * letters.length)]!;
        return consonant + vowels[Math.floor(random() * vowels.length)]!;
      }).join(''),
    );
    const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 2.5)]!;
    const texts = Array.from({ length: 2500 }, () => Array.from({ length: 40 }, word).join(' '));
    const embedder = new LexicalHashEmbedder();
    const vectors = await embedder.embed(texts, 'en');
    const kept = new Map(vectors.map((vector, index) => [index + 1, vector]));
    const index = new ColumnVectors(embedder.dimensions);
    for (const [id, vector] of kept) index.set(id, vector);
    const stretches = texts.slice(0, 25).map((text) => text.split(' ').slice(10, 22).join(' '));
    const probes = {
      queries: await embedder.embed(stretches, 'en'),
      passages: vectors.slice(100, 125),
    };
    const few = { ...DEFAULT_SCAN, candidates: 100 };
    for (const vectorsProbed of Object.values(probes)) {
      expect(recall(index, kept, vectorsProbed, few)).toBeGreaterThanOrEqual(0.9);
      // Two dimensions are too few: the scan's choice of columns is what finds them.
      const twoDimensions = { ...few, fewestDimensions: 2, mostDimensions: 2 };
      expect(recall(index, kept, vectorsProbed, twoDimensions)).toBeLessThan(0.8);
    }
  });
});
