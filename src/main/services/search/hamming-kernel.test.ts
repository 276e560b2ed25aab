import { describe, expect, it } from 'vitest';
import { hammingKernel, wasmMemory } from './hamming-kernel';

/** Bits set in a 32-bit word, counted one by one. */
function bitsOf(word: number): number {
  let count = 0;
  for (let bit = 0; bit < 32; bit++) count += (word >>> bit) & 1;
  return count;
}

describe('the Hamming kernel', () => {
  it('counts the bits each row differs from the query by, and histograms the counts', () => {
    const memory = wasmMemory();
    memory.grow(1);
    const kernel = hammingKernel(memory);
    const rows = 300;
    const words = 4; // 64-bit words a row: 256 bits
    const signs = new Uint32Array(memory.buffer, 0, rows * words * 2);
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let index = 0; index < signs.length; index++) signs[index] = next();
    // Row 0 equals the query, row 1 is its complement: distances 0 and 256.
    const queryAt = signs.byteLength;
    const query = new Uint32Array(memory.buffer, queryAt, words * 2);
    query.set(signs.subarray(0, words * 2));
    for (let index = 0; index < words * 2; index++) signs[words * 2 + index] = ~query[index]! >>> 0;
    const histogramAt = queryAt + query.byteLength;
    const histogram = new Uint32Array(memory.buffer, histogramAt, 257);
    const distancesAt = histogramAt + histogram.byteLength;

    kernel(0, rows, words, queryAt, distancesAt, histogramAt);

    const distances = new Uint16Array(memory.buffer, distancesAt, rows);
    const expected = Array.from({ length: rows }, (_, row) => {
      let count = 0;
      for (let word = 0; word < words * 2; word++) {
        count += bitsOf(signs[row * words * 2 + word]! ^ query[word]!);
      }
      return count;
    });
    expect(Array.from(distances)).toEqual(expected);
    expect(distances[0]).toBe(0);
    expect(distances[1]).toBe(256);
    const counted = new Array<number>(257).fill(0);
    for (const distance of expected) counted[distance]!++;
    expect(Array.from(histogram)).toEqual(counted);
  });
});
