import { wasmMemory } from '../../src/main/services/search/wasm-module';
import { hammingKernel, type Hamming } from './hamming-kernel';

/** A passage near a query vector, by cosine distance. */
export interface Neighbour {
  passageId: number;
  distance: number;
}

/** Rows added at once when the arrays are full grow them by half again, at least this many. */
const SMALLEST_GROWTH = 1024;

/**
 * A measured candidate for the vector index (bench/sign-scan.ts), not used by the app: recall
 * was too low with the built-in embedder (bench/RESULTS.md). Every passage vector twice, in
 * memory: the sign of each dimension after subtracting the corpus's mean vector (32 bytes a 256-dim vector), scanned in full for the candidates nearest
 * in Hamming distance, and the vector in int8 (256 bytes), which re-ranks those candidates by
 * cosine. The signs live in WebAssembly memory, scanned by `hamming-kernel.ts`. Written by
 * hand because no library here scans bit vectors from JavaScript: sqlite-vec's `bit` KNN reads
 * each chunk through SQLite (slow past a million rows) and usearch's exact search takes only
 * float or int8 queries.
 *
 * Centring matters with the built-in lexical embedder: its vectors share a background direction
 * (common stems and trigrams), so unrelated passages sit at cosine ~0.6 and the signs of raw
 * vectors are mostly the same everywhere; without it the signs separate almost nothing.
 */
export class SignVectors {
  /** 32-bit words of sign bits a vector (a whole number of 64-bit words, for the kernel). */
  readonly words: number;
  private count = 0;
  private ids: Int32Array;
  /** The signs first (row after row), then room for the query, histogram and distances. */
  private readonly memory = wasmMemory();
  private readonly hamming: Hamming = hammingKernel(this.memory);
  private values: Int8Array;

  constructor(
    readonly dimensions: number,
    /** Subtracted before taking signs; the corpus's mean vector when it was (re)built. */
    readonly centre: Float32Array,
    capacity = 0,
  ) {
    this.words = Math.ceil(dimensions / 64) * 2;
    this.ids = new Int32Array(capacity);
    this.fit(capacity);
    this.values = new Int8Array(capacity * dimensions);
  }

  /** The mean of some vectors (a zero vector when there are none). */
  static meanOf(vectors: Iterable<Float32Array>, dimensions: number): Float32Array {
    const sum = new Float64Array(dimensions);
    let count = 0;
    for (const vector of vectors) {
      for (let index = 0; index < dimensions; index++) sum[index]! += vector[index]!;
      count++;
    }
    return Float32Array.from(sum, (value) => (count === 0 ? 0 : value / count));
  }

  size(): number {
    return this.count;
  }

  /** Appends a passage's vector (the benchmark builds once, then searches). */
  add(passageId: number, vector: Float32Array): void {
    const slot = this.count++;
    this.reserve(this.count);
    this.ids[slot] = passageId;
    this.signsOf(vector, this.signs, slot * this.words);
    quantise(vector, this.values, slot * this.dimensions);
  }

  /**
   * The k nearest passages by cosine: the `candidates` nearest by Hamming distance of their
   * signs (all rows tied with the last one too), re-ranked with their int8 vectors.
   */
  nearest(query: Float32Array, k: number, candidates: number, asymmetric = false): Neighbour[] {
    const count = this.count;
    if (count === 0 || k <= 0) return [];
    const picked = asymmetric
      ? this.asymmetricCandidates(query, Math.max(k, candidates))
      : this.candidates(query, Math.max(k, candidates));
    const dimensions = this.dimensions;
    const values = this.values;
    const scored: Neighbour[] = [];
    for (const slot of picked) {
      let dot = 0;
      let norm = 0;
      for (let index = 0, offset = slot * dimensions; index < dimensions; index++, offset++) {
        const value = values[offset]!;
        dot += value * query[index]!;
        norm += value * value;
      }
      const distance = norm === 0 ? 1 : 1 - dot / Math.sqrt(norm);
      scored.push({ passageId: this.ids[slot]!, distance });
    }
    return scored.sort((first, second) => first.distance - second.distance).slice(0, k);
  }

  /** Slots of the rows whose signs (as ±1) have the largest dot product with the query. */
  private asymmetricCandidates(query: Float32Array, wanted: number): Int32Array {
    const count = this.count;
    const bytesPerRow = this.words * 4;
    // Per byte position, the query's sum over the bits set in each byte value.
    const tables = new Float32Array(bytesPerRow * 256);
    for (let position = 0; position < bytesPerRow; position++) {
      for (let value = 0; value < 256; value++) {
        let sum = 0;
        for (let bit = 0; bit < 8; bit++) {
          const index = position * 8 + bit;
          if (index < this.dimensions && (value >>> bit) & 1) sum += query[index]!;
        }
        tables[position * 256 + value] = sum;
      }
    }
    const bytes = new Uint8Array(this.memory.buffer, 0, count * bytesPerRow);
    const scores = new Float32Array(count);
    let low = Infinity;
    let high = -Infinity;
    for (let slot = 0, offset = 0; slot < count; slot++) {
      let score = 0;
      for (let position = 0; position < bytesPerRow; position++, offset++) {
        score += tables[(position << 8) | bytes[offset]!]!;
      }
      scores[slot] = score;
      if (score < low) low = score;
      if (score > high) high = score;
    }
    const buckets = 4096;
    const scale = high > low ? (buckets - 1) / (high - low) : 0;
    const histogram = new Uint32Array(buckets);
    for (let slot = 0; slot < count; slot++)
      histogram[Math.floor((high - scores[slot]!) * scale)]!++;
    let limit = 0;
    let total = 0;
    for (; limit < buckets; limit++) {
      total += histogram[limit]!;
      if (total >= wanted) break;
    }
    const picked = new Int32Array(total);
    for (let slot = 0, next = 0; slot < count; slot++) {
      if (Math.floor((high - scores[slot]!) * scale) <= limit) picked[next++] = slot;
    }
    return picked;
  }

  /** Slots of the rows nearest to the query by Hamming distance of the signs. */
  private candidates(query: Float32Array, wanted: number): Int32Array {
    const count = this.count;
    const words = this.words;
    // Scratch space after the signs: the query's signs, the histogram, then the distances.
    const queryAt = this.ids.length * words * 4;
    const histogramAt = queryAt + words * 4;
    const distancesAt = histogramAt + (words * 32 + 1) * 4;
    const buffer = this.memory.buffer;
    this.signsOf(query, new Uint32Array(buffer, queryAt, words), 0);
    const histogram = new Uint32Array(buffer, histogramAt, words * 32 + 1).fill(0);
    this.hamming(0, count, words / 2, queryAt, distancesAt, histogramAt);
    const distances = new Uint16Array(buffer, distancesAt, count);
    // The smallest distance that keeps at least `wanted` rows: a counting sort's first half.
    let limit = 0;
    let total = 0;
    for (; limit < histogram.length; limit++) {
      total += histogram[limit]!;
      if (total >= wanted) break;
    }
    const picked = new Int32Array(total);
    for (let slot = 0, next = 0; slot < count; slot++) {
      if (distances[slot]! <= limit) picked[next++] = slot;
    }
    return picked;
  }

  private signsOf(vector: Float32Array, into: Uint32Array, offset: number): void {
    const centre = this.centre;
    for (let word = 0; word < this.words; word++) into[offset + word] = 0;
    for (let index = 0; index < this.dimensions; index++) {
      if (vector[index]! > centre[index]!) into[offset + (index >>> 5)]! |= 1 << (index & 31);
    }
  }

  /** Room for `rows` rows. */
  private reserve(rows: number): void {
    if (rows > this.ids.length) {
      const capacity = Math.max(rows, Math.ceil(this.ids.length * 1.5), SMALLEST_GROWTH);
      this.ids = grown(this.ids, capacity);
      this.fit(capacity);
      this.values = grown(this.values, capacity * this.dimensions);
    }
  }

  /** Signs of every slot (a view: it changes when the memory grows). */
  private get signs(): Uint32Array {
    return new Uint32Array(this.memory.buffer, 0, this.ids.length * this.words);
  }

  /** Grows the memory for `capacity` rows of signs and a scan's scratch space. */
  private fit(capacity: number): void {
    const bytes = capacity * this.words * 4 + (this.words * 33 + 1) * 4 + capacity * 2;
    const missing = Math.ceil((bytes - this.memory.buffer.byteLength) / 65_536);
    if (missing > 0) this.memory.grow(missing);
  }

  /** Bytes held (for benchmarks). */
  bytes(): number {
    return this.ids.byteLength + this.memory.buffer.byteLength + this.values.byteLength;
  }
}

function grown<T extends Int32Array | Int8Array>(array: T, length: number): T {
  const larger = new (array.constructor as new (length: number) => T)(length);
  larger.set(array);
  return larger;
}

/** Scales a vector to int8 (its largest component to ±127): cosine ignores the scale. */
function quantise(vector: Float32Array, into: Int8Array, offset: number): void {
  let largest = 0;
  for (const value of vector) largest = Math.max(largest, Math.abs(value));
  const scale = largest === 0 ? 0 : 127 / largest;
  for (let index = 0; index < vector.length; index++) {
    into[offset + index] = Math.round(vector[index]! * scale);
  }
}
