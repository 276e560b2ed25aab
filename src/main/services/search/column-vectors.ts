import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { columnScan, type ColumnScan } from './column-kernel';
import { PAGE_BYTES, wasmMemory } from './wasm-module';

/** A passage near a query vector, by cosine distance. */
export interface Neighbour {
  passageId: number;
  distance: number;
}

/** How a search trades time for recall (bench/RESULTS.md has the measured choices). */
export interface ScanOptions {
  /** The query's largest dimensions scanned, until they hold this share of its squared length. */
  energy: number;
  /** At least and at most this many dimensions scanned. */
  fewestDimensions: number;
  mostDimensions: number;
  /** Rows kept from the partial scan and re-ranked on every dimension. */
  candidates: number;
}

export const DEFAULT_SCAN: ScanOptions = {
  energy: 0.6,
  fewestDimensions: 16,
  mostDimensions: 48,
  candidates: 512,
};

/** Rows a block holds: blocks are added, never moved, as the corpus grows (4 MB at 256 dims). */
const BLOCK_ROWS = 16_384;
/** Buckets of the score histogram that picks the candidates without sorting every row. */
const BUCKETS = 4096;
/** The start of the memory: one block's sums (i32 a row), then the (column, weight) pairs. */
const PAIRS_AT = BLOCK_ROWS * 4;
const BLOCKS_AT = PAIRS_AT + PAGE_BYTES;
/** Query weights are scaled to integers this large for the kernel. */
const WEIGHT_SCALE = 32_767;
/** Format number at the start of the file: a change of layout makes old files rebuild. */
const FORMAT = 0x434f_4c31;

/**
 * Every passage vector in int8, stored by dimension (within blocks of rows), so a search reads
 * only the columns of the query's largest dimensions: those rows that score best on them are
 * re-ranked on every dimension by cosine. The built-in lexical embedder puts most of a short
 * query's weight on the few dimensions its words hash to, so 16–48 columns find the true
 * neighbours where an HNSW graph (0.15 of a 12-word query's ten nearest at 1.3M passages) and
 * sign bits of the vectors did not. Written by hand: no library here scans a chosen subset of
 * dimensions (usearch's exact int8 scan reads all of them, 40–100 ms at 1.3M). The blocks live
 * in WebAssembly memory, scanned by `column-kernel.ts`.
 */
export class ColumnVectors {
  private count = 0;
  private ids = new Int32Array(0);
  /** 1 / the int8 vector's length, per row. */
  private inverseNorms = new Float32Array(0);
  private blocks = 0;
  private readonly memory = wasmMemory(BLOCKS_AT / PAGE_BYTES);
  private readonly scan: ColumnScan = columnScan(this.memory);
  /** Every block's values (a view: it changes when the memory grows). */
  private values = new Int8Array(0);
  /** Slot + 1 of a passage id (0: absent), indexed by id. */
  private slots = new Int32Array(0);
  /** Partial scores of the last search, reused. */
  private scores = new Float32Array(0);

  constructor(readonly dimensions: number) {}

  size(): number {
    return this.count;
  }

  has(passageId: number): boolean {
    return (this.slots[passageId] ?? 0) !== 0;
  }

  /** Adds a passage's vector, or replaces the one it had. */
  set(passageId: number, vector: Float32Array): void {
    let slot = (this.slots[passageId] ?? 0) - 1;
    if (slot < 0) {
      slot = this.count++;
      this.reserve(this.count, passageId);
      this.ids[slot] = passageId;
      this.slots[passageId] = slot + 1;
    }
    let largest = 0;
    for (let index = 0; index < this.dimensions; index++) {
      largest = Math.max(largest, Math.abs(vector[index] ?? 0));
    }
    // Scaled so the largest component is ±127: cosine ignores the scale.
    const scale = largest === 0 ? 0 : 127 / largest;
    const at = this.rowAt(slot);
    let norm = 0;
    for (let index = 0; index < this.dimensions; index++) {
      const value = Math.round((vector[index] ?? 0) * scale);
      this.values[at + index * BLOCK_ROWS] = value;
      norm += value * value;
    }
    this.inverseNorms[slot] = norm === 0 ? 0 : 1 / Math.sqrt(norm);
  }

  /** Removes a passage: the last row moves into its place. */
  delete(passageId: number): void {
    const slot = (this.slots[passageId] ?? 0) - 1;
    if (slot < 0) return;
    const last = --this.count;
    if (slot !== last) {
      const moved = this.ids[last]!;
      this.ids[slot] = moved;
      this.slots[moved] = slot + 1;
      this.inverseNorms[slot] = this.inverseNorms[last]!;
      const to = this.rowAt(slot);
      const from = this.rowAt(last);
      for (let index = 0; index < this.dimensions; index++) {
        this.values[to + index * BLOCK_ROWS] = this.values[from + index * BLOCK_ROWS]!;
      }
    }
    this.slots[passageId] = 0;
  }

  /** The k nearest passages by cosine (int8 vectors, off by about 0.01 from float32). */
  nearest(query: Float32Array, k: number, options: ScanOptions = DEFAULT_SCAN): Neighbour[] {
    if (this.count === 0 || k <= 0) return [];
    const picked = this.candidates(query, Math.max(k, options.candidates), options);
    const scored = this.rescore(query, picked);
    return scored.sort((first, second) => first.distance - second.distance).slice(0, k);
  }

  /** The query's largest dimensions, until they hold `energy` of its squared length. */
  private chosenDimensions(query: Float32Array, options: ScanOptions): number[] {
    const order = Array.from({ length: this.dimensions }, (_, index) => index).sort(
      (first, second) => Math.abs(query[second]!) - Math.abs(query[first]!),
    );
    let total = 0;
    for (let index = 0; index < this.dimensions; index++) total += query[index]! ** 2;
    const chosen: number[] = [];
    let held = 0;
    for (const index of order) {
      if (chosen.length >= options.mostDimensions || query[index] === 0) break;
      if (chosen.length >= options.fewestDimensions && held >= options.energy * total) break;
      chosen.push(index);
      held += query[index]! ** 2;
    }
    return chosen;
  }

  /** Slots of the rows scoring best on the chosen dimensions (all ties with the last kept). */
  private candidates(query: Float32Array, wanted: number, options: ScanOptions): Int32Array {
    const count = this.count;
    if (count <= wanted) return Int32Array.from({ length: count }, (_, slot) => slot);
    const chosen = this.chosenDimensions(query, options);
    if (this.scores.length < count) this.scores = new Float32Array(this.ids.length);
    const scores = this.scores;
    let largest = 0;
    for (const index of chosen) largest = Math.max(largest, Math.abs(query[index]!));
    const pairs = new Int32Array(this.memory.buffer, PAIRS_AT, chosen.length * 2);
    const sums = new Int32Array(this.memory.buffer, 0, BLOCK_ROWS);
    for (let block = 0; block * BLOCK_ROWS < count; block++) {
      const first = block * BLOCK_ROWS;
      const rows = Math.min(BLOCK_ROWS, count - first);
      chosen.forEach((index, position) => {
        pairs[position * 2] = BLOCKS_AT + this.rowAt(first) + index * BLOCK_ROWS;
        pairs[position * 2 + 1] = Math.round((query[index]! * WEIGHT_SCALE) / largest);
      });
      this.scan(PAIRS_AT, chosen.length, Math.ceil(rows / 8) * 8, 0);
      scores.set(sums.subarray(0, rows), first);
    }
    let low = Infinity;
    let high = -Infinity;
    const inverseNorms = this.inverseNorms;
    for (let slot = 0; slot < count; slot++) {
      const score = scores[slot]! * inverseNorms[slot]!;
      scores[slot] = score;
      if (score < low) low = score;
      if (score > high) high = score;
    }
    // The lowest score bucket that keeps at least `wanted` rows: a counting sort's first half.
    const scale = high > low ? (BUCKETS - 1) / (high - low) : 0;
    const histogram = new Uint32Array(BUCKETS);
    for (let slot = 0; slot < count; slot++) histogram[((high - scores[slot]!) * scale) | 0]!++;
    let limit = 0;
    let total = 0;
    for (; limit < BUCKETS; limit++) {
      total += histogram[limit]!;
      if (total >= wanted) break;
    }
    const picked = new Int32Array(total);
    for (let slot = 0, next = 0; slot < count; slot++) {
      if ((((high - scores[slot]!) * scale) | 0) <= limit) picked[next++] = slot;
    }
    return picked;
  }

  /** Cosine distances of the query to these rows on every dimension. */
  private rescore(query: Float32Array, slots: Int32Array): Neighbour[] {
    const dots = new Float64Array(slots.length);
    for (let index = 0; index < this.dimensions; index++) {
      const weight = query[index]!;
      if (weight === 0) continue;
      const column = index * BLOCK_ROWS;
      for (let position = 0; position < slots.length; position++) {
        const slot = slots[position]!;
        dots[position]! += weight * this.values[this.rowAt(slot) + column]!;
      }
    }
    return Array.from(slots, (slot, position) => ({
      passageId: this.ids[slot]!,
      distance: 1 - dots[position]! * this.inverseNorms[slot]!,
    }));
  }

  /** Where a row's first value is in `values` (the next dimension is BLOCK_ROWS further). */
  private rowAt(slot: number): number {
    return ((slot / BLOCK_ROWS) | 0) * BLOCK_ROWS * this.dimensions + (slot % BLOCK_ROWS);
  }

  /** Room for `rows` rows and for a passage id this large. */
  private reserve(rows: number, passageId: number): void {
    const blocks = Math.ceil(rows / BLOCK_ROWS);
    if (blocks > this.blocks) {
      const bytes = BLOCKS_AT + blocks * BLOCK_ROWS * this.dimensions;
      const missing = Math.ceil((bytes - this.memory.buffer.byteLength) / PAGE_BYTES);
      if (missing > 0) this.memory.grow(missing);
      this.blocks = blocks;
      this.values = new Int8Array(
        this.memory.buffer,
        BLOCKS_AT,
        blocks * BLOCK_ROWS * this.dimensions,
      );
    }
    const capacity = this.blocks * BLOCK_ROWS;
    if (this.ids.length < capacity) {
      this.ids = grown(this.ids, capacity);
      this.inverseNorms = grown(this.inverseNorms, capacity);
    }
    if (passageId >= this.slots.length) {
      this.slots = grown(this.slots, Math.max(passageId + 1, Math.ceil(this.slots.length * 1.5)));
    }
  }

  /** Writes the rows to a file: a small header, the ids, the norms, then the blocks. */
  save(file: string): void {
    const descriptor = openSync(file, 'w');
    try {
      writeSync(descriptor, new Int32Array([FORMAT, this.dimensions, this.count]));
      writeSync(descriptor, this.ids.subarray(0, this.count));
      writeSync(descriptor, this.inverseNorms.subarray(0, this.count));
      const used = Math.ceil(this.count / BLOCK_ROWS);
      writeSync(descriptor, this.values.subarray(0, used * BLOCK_ROWS * this.dimensions));
    } finally {
      closeSync(descriptor);
    }
  }

  /** Reads a file `save` wrote; throws if it is truncated or of another format. */
  static load(file: string): ColumnVectors {
    const descriptor = openSync(file, 'r');
    try {
      let position = 0;
      const read = <T extends Int32Array | Float32Array | Int8Array>(part: T): T => {
        const bytes = readSync(descriptor, part, 0, part.byteLength, position);
        if (bytes !== part.byteLength) throw new Error('truncated vector file');
        position += bytes;
        return part;
      };
      const [format, dimensions, count] = read(new Int32Array(3));
      if (format !== FORMAT || !(dimensions! > 0) || !(count! >= 0)) {
        throw new Error('not a vector file');
      }
      const vectors = new ColumnVectors(dimensions!);
      const ids = read(new Int32Array(count!));
      let largest = 0;
      for (const id of ids) largest = Math.max(largest, id);
      vectors.reserve(count!, largest);
      vectors.ids.set(ids);
      vectors.inverseNorms.set(read(new Float32Array(count!)));
      read(vectors.values);
      vectors.count = count!;
      ids.forEach((id, slot) => (vectors.slots[id] = slot + 1));
      return vectors;
    } finally {
      closeSync(descriptor);
    }
  }

  /** Bytes held (for benchmarks). */
  bytes(): number {
    return (
      this.memory.buffer.byteLength +
      this.ids.byteLength +
      this.inverseNorms.byteLength +
      this.slots.byteLength +
      this.scores.byteLength
    );
  }
}

function grown<T extends Int32Array | Float32Array>(array: T, length: number): T {
  const larger = new (array.constructor as new (length: number) => T)(length);
  larger.set(array);
  return larger;
}
