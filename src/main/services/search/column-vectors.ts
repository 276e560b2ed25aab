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

/**
 * bench/more-vectors.ts, 593,089 passages: 80 % of the weight in 24–96 dimensions and 512
 * candidates found 0.98 of 12-word queries' and 0.97 of passages' ten nearest (10.6 ms a
 * passage); 70 % in 24–64 found 0.98 and 0.91, and only 0.875 for passages at 1.1M.
 */
export const DEFAULT_SCAN: ScanOptions = {
  energy: 0.8,
  fewestDimensions: 24,
  mostDimensions: 96,
  candidates: 512,
};

/** Rows a block holds: blocks are added, never moved, as the corpus grows (4 MB at 256 dims). */
const BLOCK_ROWS = 16_384;
/** The (column, weight) pairs of a scan sit in the first page; blocks follow. */
const PAIRS_AT = 0;
const BLOCKS_AT = PAGE_BYTES;
/** Query weights are scaled to integers this large for the kernel. */
const WEIGHT_SCALE = 32_767;
/** Scores sampled to guess the candidates' threshold before the one pass that picks them. */
const SAMPLE = 8192;
/** Format number at the start of the file: a change of layout makes old files rebuild. */
const FORMAT = 0x434f_4c32;

/**
 * Every passage vector in int8, stored by dimension within blocks of rows, so a search reads
 * only the columns of the query's largest dimensions; the rows scoring best on them are
 * re-ranked on every dimension by cosine. The built-in lexical embedder puts most of a short
 * query's weight on the few dimensions its words hash to, so 24–96 columns find the true
 * neighbours where an HNSW graph (0.15 of a 12-word query's ten nearest at 1.3M passages) and
 * sign bits of the vectors did not. Written by hand: no library here scans a chosen subset of
 * dimensions (usearch's exact int8 scan reads all of them, 40–100 ms at 1.3M). The blocks live
 * in WebAssembly memory, scanned by `column-kernel.ts`; a block is its values (dimension after
 * dimension), then each row's 1 / length, then the last scan's scores.
 */
export class ColumnVectors {
  private count = 0;
  private ids = new Int32Array(0);
  private blocks = 0;
  private readonly memory = wasmMemory(BLOCKS_AT / PAGE_BYTES);
  private readonly scan: ColumnScan = columnScan(this.memory);
  /** Views of the whole memory (they change when it grows). */
  private bytes = new Int8Array(0);
  private floats = new Float32Array(0);
  /** Slot + 1 of a passage id (0: absent), indexed by id. */
  private slots = new Int32Array(0);
  private readonly blockBytes: number;

  constructor(readonly dimensions: number) {
    this.blockBytes = BLOCK_ROWS * (dimensions + 8);
    this.views();
  }

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
    const at = this.valueAt(slot);
    let norm = 0;
    for (let index = 0; index < this.dimensions; index++) {
      const value = Math.round((vector[index] ?? 0) * scale);
      this.bytes[at + index * BLOCK_ROWS] = value;
      norm += value * value;
    }
    this.floats[this.scaleAt(slot)] = norm === 0 ? 0 : 1 / Math.sqrt(norm);
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
      this.floats[this.scaleAt(slot)] = this.floats[this.scaleAt(last)]!;
      const to = this.valueAt(slot);
      const from = this.valueAt(last);
      for (let index = 0; index < this.dimensions; index++) {
        this.bytes[to + index * BLOCK_ROWS] = this.bytes[from + index * BLOCK_ROWS]!;
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

  /** Slots of about `wanted` rows scoring best on the chosen dimensions (at least `wanted`). */
  private candidates(query: Float32Array, wanted: number, options: ScanOptions): Int32Array {
    const count = this.count;
    if (count <= wanted) return Int32Array.from({ length: count }, (_, slot) => slot);
    const chosen = this.chosenDimensions(query, options);
    let largest = 0;
    for (const index of chosen) largest = Math.max(largest, Math.abs(query[index]!));
    const pairs = new Int32Array(this.memory.buffer, PAIRS_AT, chosen.length * 2);
    for (let block = 0; block * BLOCK_ROWS < count; block++) {
      const base = BLOCKS_AT + block * this.blockBytes;
      chosen.forEach((index, position) => {
        pairs[position * 2] = base + index * BLOCK_ROWS;
        pairs[position * 2 + 1] = Math.round((query[index]! * WEIGHT_SCALE) / largest);
      });
      const rows = Math.min(BLOCK_ROWS, count - block * BLOCK_ROWS);
      const scales = base + this.dimensions * BLOCK_ROWS;
      this.scan(
        PAIRS_AT,
        chosen.length,
        Math.ceil(rows / 16) * 16,
        scales,
        scales + BLOCK_ROWS * 4,
      );
    }
    // A threshold from a sample of the scores, lowered until one pass keeps enough rows.
    const step = Math.max(1, Math.floor(count / SAMPLE));
    const sample = Float32Array.from({ length: Math.floor(count / step) }, (_, index) =>
      this.score(index * step),
    ).sort();
    for (let margin = 2; ; margin *= 4) {
      const rank = Math.ceil((margin * wanted) / step);
      const threshold = rank >= sample.length ? -Infinity : sample[sample.length - 1 - rank]!;
      const picked = this.scoringAtLeast(threshold);
      if (picked.length >= wanted) {
        // Re-ranking reads a whole row per candidate: keep only the best `wanted`.
        const scores = new Map(Array.from(picked, (slot) => [slot, this.score(slot)]));
        return Int32Array.from(picked)
          .sort((first, second) => scores.get(second)! - scores.get(first)!)
          .subarray(0, wanted);
      }
    }
  }

  /** Slots whose last scan scored at least `threshold`. */
  private scoringAtLeast(threshold: number): Int32Array {
    const picked: number[] = [];
    const floats = this.floats;
    for (let block = 0; block * BLOCK_ROWS < this.count; block++) {
      const first = block * BLOCK_ROWS;
      const rows = Math.min(BLOCK_ROWS, this.count - first);
      const scores = this.scaleAt(first) + BLOCK_ROWS;
      for (let row = 0; row < rows; row++) {
        if (floats[scores + row]! >= threshold) picked.push(first + row);
      }
    }
    return Int32Array.from(picked);
  }

  /** The last scan's score of a row. */
  private score(slot: number): number {
    return this.floats[this.scaleAt(slot) + BLOCK_ROWS]!;
  }

  /** Cosine distances of the query to these rows on every dimension. */
  private rescore(query: Float32Array, slots: Int32Array): Neighbour[] {
    const dots = new Float64Array(slots.length);
    const starts = Int32Array.from(slots, (slot) => this.valueAt(slot));
    const bytes = this.bytes;
    for (let index = 0; index < this.dimensions; index++) {
      const weight = query[index]!;
      if (weight === 0) continue;
      const column = index * BLOCK_ROWS;
      for (let position = 0; position < starts.length; position++) {
        dots[position]! += weight * bytes[starts[position]! + column]!;
      }
    }
    return Array.from(slots, (slot, position) => ({
      passageId: this.ids[slot]!,
      distance: 1 - dots[position]! * this.floats[this.scaleAt(slot)]!,
    }));
  }

  /** Where a row's first value is in `bytes` (the next dimension is BLOCK_ROWS further). */
  private valueAt(slot: number): number {
    return BLOCKS_AT + ((slot / BLOCK_ROWS) | 0) * this.blockBytes + (slot % BLOCK_ROWS);
  }

  /** Where a row's 1 / length is in `floats` (its last score is BLOCK_ROWS further). */
  private scaleAt(slot: number): number {
    const block = (slot / BLOCK_ROWS) | 0;
    return (
      (BLOCKS_AT + block * this.blockBytes + this.dimensions * BLOCK_ROWS) / 4 + (slot % BLOCK_ROWS)
    );
  }

  private views(): void {
    this.bytes = new Int8Array(this.memory.buffer);
    this.floats = new Float32Array(this.memory.buffer);
  }

  /** Room for `rows` rows and for a passage id this large. */
  private reserve(rows: number, passageId: number): void {
    const blocks = Math.ceil(rows / BLOCK_ROWS);
    if (blocks > this.blocks) {
      const bytes = BLOCKS_AT + blocks * this.blockBytes;
      const missing = Math.ceil((bytes - this.memory.buffer.byteLength) / PAGE_BYTES);
      if (missing > 0) this.memory.grow(missing);
      this.blocks = blocks;
      this.views();
    }
    const capacity = this.blocks * BLOCK_ROWS;
    if (this.ids.length < capacity) this.ids = grown(this.ids, capacity);
    if (passageId >= this.slots.length) {
      this.slots = grown(this.slots, Math.max(passageId + 1, Math.ceil(this.slots.length * 1.5)));
    }
  }

  /** Writes the rows to a file: a small header, the ids, then the blocks in use. */
  save(file: string): void {
    const descriptor = openSync(file, 'w');
    try {
      writeSync(descriptor, new Int32Array([FORMAT, this.dimensions, this.count]));
      writeSync(descriptor, this.ids.subarray(0, this.count));
      const used = Math.ceil(this.count / BLOCK_ROWS);
      writeSync(descriptor, this.bytes.subarray(BLOCKS_AT, BLOCKS_AT + used * this.blockBytes));
    } finally {
      closeSync(descriptor);
    }
  }

  /** Reads a file `save` wrote; throws if it is truncated or of another format. */
  static load(file: string): ColumnVectors {
    const descriptor = openSync(file, 'r');
    try {
      let position = 0;
      const read = <T extends Int32Array | Int8Array>(part: T): T => {
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
      read(vectors.bytes.subarray(BLOCKS_AT, BLOCKS_AT + vectors.blocks * vectors.blockBytes));
      vectors.count = count!;
      ids.forEach((id, slot) => (vectors.slots[id] = slot + 1));
      return vectors;
    } finally {
      closeSync(descriptor);
    }
  }

  /** Bytes held (for benchmarks). */
  memoryBytes(): number {
    return this.memory.buffer.byteLength + this.ids.byteLength + this.slots.byteLength;
  }
}

function grown(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(length);
  larger.set(array);
  return larger;
}
