import { seededRandom } from './vocabulary';

/** Bits in a passage vector's sign sketch (64 bytes a passage: 64 MB a million passages). */
export const SKETCH_BITS = 512;

/** Walsh–Hadamard rounds per block: three make the transform behave like a random rotation. */
const ROUNDS = 3;

/** In-place fast Walsh–Hadamard transform; `values.length` is a power of two. */
function hadamard(values: Float64Array): void {
  for (let width = 1; width < values.length; width *= 2) {
    for (let start = 0; start < values.length; start += width * 2) {
      for (let index = start; index < start + width; index++) {
        const a = values[index]!;
        const b = values[index + width]!;
        values[index] = a + b;
        values[index + width] = a - b;
      }
    }
  }
}

const signCache = new Map<number, Float64Array[][]>();

/** Random ±1 diagonals: one per round per block, for a padded length. */
function signsFor(length: number, blocks: number): Float64Array[][] {
  const cached = signCache.get(length);
  if (cached) return cached;
  const random = seededRandom(0x5eed5 + length);
  const signs = Array.from({ length: blocks }, () =>
    Array.from({ length: ROUNDS }, () =>
      Float64Array.from({ length }, () => (random() < 0.5 ? -1 : 1)),
    ),
  );
  signCache.set(length, signs);
  return signs;
}

/**
 * A SimHash of a vector: the signs of a fast pseudo-random rotation (randomised Hadamard
 * transforms), packed into SKETCH_BITS bits. Two sketches differ in about θ/π of their bits,
 * θ the angle between the vectors, so Hamming distance ranks neighbours by cosine. Plain
 * `vec_quantize_binary` (the signs of the raw components) does not: the lexical embedder puts
 * most of a vector's weight in a few components, and recall@10 measured 0.1–0.2 with it
 * (bench/RESULTS.md).
 */
export function signSketch(vector: Float32Array): Uint8Array {
  let length = 1;
  while (length < vector.length) length *= 2;
  const blocks = Math.ceil(SKETCH_BITS / length);
  const signs = signsFor(length, blocks);
  const sketch = new Uint8Array(SKETCH_BITS / 8);
  const values = new Float64Array(length);
  for (let block = 0; block < blocks; block++) {
    values.fill(0);
    values.set(vector);
    for (const diagonal of signs[block]!) {
      for (let index = 0; index < length; index++) values[index]! *= diagonal[index]!;
      hadamard(values);
    }
    for (let index = 0; index < length; index++) {
      const bit = block * length + index;
      if (bit >= SKETCH_BITS) break;
      if (values[index]! > 0) sketch[bit >> 3]! |= 1 << (bit & 7);
    }
  }
  return sketch;
}
