import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { DatabaseSync } from 'node:sqlite';
import { Index, MetricKind, ScalarKind } from 'usearch';
import { VectorLogRepository, type LoggedVector } from '../../db/repositories/vector-log.repo';
import { BackgroundWork } from '../background-work';

/** A passage near a query vector, by cosine distance. */
export interface Neighbour {
  passageId: number;
  distance: number;
}

/** Where the index lives and whether it may build itself in the background. */
export interface VectorIndexOptions {
  /** The index file (its state is written beside it as JSON); null keeps it in memory only. */
  file: string | null;
  /** Build and catch up in slices on the event loop (the app); the CLI only reads a ready index. */
  background: boolean;
  /**
   * Below this many vectors searches scan exactly (null from `nearest`): the scan is still
   * fast there and finds the true neighbours, which the approximate graph often misses with
   * the built-in embedder. Defaults to EXACT_BELOW.
   */
  exactBelow?: number;
}

/**
 * Where the exact sqlite-vec scan gets too slow for search as you type: ~60 ms at 100,000
 * passages on a laptop core, 770 ms at 1.3 million (bench/RESULTS.md).
 */
export const EXACT_BELOW = 100_000;

/** What the index file holds, so a stale or foreign file is recognised and rebuilt. */
interface IndexState {
  generation: string;
  dimensions: number;
  /** Log entries up to this one are in the index. */
  appliedSeq: number;
  /** While (re)building: the last passage id added; null once every passage is in. */
  cursor: number | null;
}

/**
 * HNSW parameters. int8 scalars (256 bytes a 256-dim vector) keep 1.3 million passages at
 * about 530 MB with the graph (a quarter of float32), and move cosine distances by about 0.01.
 * bench/RESULTS.md has the recall and latency these give.
 */
const CONNECTIVITY = 16;
const EXPANSION_ADD = 64;
/**
 * Candidates a search keeps while walking the graph. The built-in lexical embedder separates
 * neighbours by small margins (unrelated passages sit at cosine ~0.6, the nearest at ~0.7), so
 * at 1.3M passages recall@10 was 0.24 at 128, 0.38 at 512, 0.53 at 2048 for 1, 4 and 14 ms.
 */
const EXPANSION_SEARCH = 512;
/**
 * Vectors read and added per step in the background (HNSW adds a few thousand 256-dim vectors
 * a second, so a step holds the event loop ~20 ms), per step when finishing in one go, and how
 * long background steps may run before yielding.
 */
const BACKGROUND_BATCH = 64;
const FOREGROUND_BATCH = 4096;
const SLICE_MILLISECONDS = 40;
/** A search applies at most this many pending changes itself; more means "not ready yet". */
const CATCH_UP_IN_SEARCH = 256;
/** Save after this many changes, or this long after the first unsaved one. */
const SAVE_AFTER_CHANGES = 50_000;
const SAVE_AFTER_MILLISECONDS = 60_000;
/** Background work starts this long after opening, so loading the file never delays the first screen. */
const START_DELAY_MILLISECONDS = 2000;

/**
 * An approximate nearest-neighbour index (usearch's HNSW) over the passage vectors: sqlite-vec
 * scans every vector per query (1.5 s at a million passages), the graph visits a few thousand.
 * It is a cache: `passage_vectors` stays the truth, the `vector_log` table says what changed
 * since the file was saved, and any doubt (another generation, a newer file than the database,
 * an unreadable file) rebuilds it in slices while searches fall back to the exact scan.
 */
export class VectorIndex {
  private index: Index | null = null;
  private state: IndexState | null = null;
  private readonly work = new BackgroundWork({
    sliceMilliseconds: SLICE_MILLISECONDS,
    step: () => this.step(BACKGROUND_BATCH),
    onDone: () => {
      if (this.saveIsDue()) this.save();
    },
  });
  private loaded = false;
  /** The index is the saved file mapped read-only; changes first read it into memory. */
  private viewed = false;
  private unsaved = 0;
  private firstUnsavedAt = 0;
  private readonly log: VectorLogRepository;

  constructor(
    db: DatabaseSync,
    private readonly options: VectorIndexOptions,
  ) {
    this.log = new VectorLogRepository(db);
    if (options.background) this.work.startAfter(START_DELAY_MILLISECONDS);
  }

  /**
   * Up to k nearest passages (fewer if the index holds fewer), or null while the index is
   * being built or far behind the database: the caller then searches exactly.
   */
  nearest(
    vector: Float32Array,
    k: number,
    exactBelow = this.options.exactBelow ?? EXACT_BELOW,
  ): Neighbour[] | null {
    if (!this.ready(vector.length) || !this.index) return null;
    const size = this.index.size();
    if (size < exactBelow) return null;
    if (size === 0) return [];
    const matches = this.index.search(vector, Math.min(k, size), 1);
    return Array.from(matches.keys, (key, index) => ({
      passageId: Number(key),
      distance: matches.distances[index]!,
    }));
  }

  /** Whether searches use the index now (for status lines and tests). */
  isReady(): boolean {
    return this.state !== null && this.state.cursor === null;
  }

  /** Builds or catches up now, without yielding (tests, benchmarks, the CLI's `index` step). */
  finish(): void {
    this.load();
    if (!this.state) this.reset();
    while (this.step(FOREGROUND_BATCH)) {
      // Every step makes progress; the loop ends when the log is applied.
    }
  }

  /** Writes the index and its state now (benchmarks; the app saves on its own). */
  persist(): void {
    this.save();
  }

  /** Saves what is unsaved and stops background work. */
  close(): void {
    this.work.cancel();
    // Only the app saves: a CLI command leaves the index as the app last wrote it.
    if (this.options.background && this.unsaved > 0) this.save();
    this.index = null;
  }

  /**
   * The index and its state from disk, when they belong to this database's vectors; loaded on
   * first need (a million passages take about a second to read).
   */
  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    const file = this.options.file;
    if (!file || !existsSync(file) || !existsSync(`${file}.json`)) return;
    try {
      const state = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as IndexState;
      // A file newer than the log belongs to another copy of the corpus (a restored backup).
      if (state.generation !== this.log.generation() || state.appliedSeq > this.log.lastSeq()) {
        return;
      }
      const index = this.createIndex(state.dimensions);
      // Mapped, not read: searching touches a small part of the file, so memory stays low
      // until a change needs a writable copy (`writable`).
      index.view(file);
      this.index = index;
      this.viewed = true;
      this.state = state;
    } catch {
      // An unreadable or truncated file is only a cache: it is rebuilt.
      this.index = null;
      this.state = null;
    }
  }

  private createIndex(dimensions: number): Index {
    return new Index({
      dimensions,
      metric: MetricKind.Cos,
      quantization: ScalarKind.I8,
      connectivity: CONNECTIVITY,
      expansion_add: EXPANSION_ADD,
      expansion_search: EXPANSION_SEARCH,
      multi: false,
    });
  }

  /** Starts over: an empty index, every passage to add, then the log from here on. */
  private reset(): void {
    this.loaded = true;
    const dimensions = this.log.dimensions();
    this.index = this.createIndex(dimensions);
    this.viewed = false;
    this.state = {
      generation: this.log.generation(),
      dimensions,
      appliedSeq: this.log.lastSeq(),
      cursor: 0,
    };
    this.markChanged(1);
  }

  private ready(dimensions: number): boolean {
    this.load();
    const state = this.state;
    if (!state || state.generation !== this.log.generation()) {
      if (this.options.background) this.reset();
      this.schedule();
      return false;
    }
    if (state.cursor !== null || state.dimensions !== dimensions) return false;
    const behind = this.log.lastSeq() - state.appliedSeq;
    if (behind > CATCH_UP_IN_SEARCH) {
      this.schedule();
      return false;
    }
    if (behind > 0) this.applyLog();
    return true;
  }

  private schedule(): void {
    // A CLI command only uses a ready index: it never builds one.
    if (this.options.background) this.work.schedule();
  }

  /** One batch of work; false when there is none left. */
  private step(batch: number): boolean {
    this.load();
    const state = this.state;
    if (!state) {
      this.reset();
      return true;
    }
    if (state.generation !== this.log.generation()) {
      this.reset();
      return true;
    }
    if (state.cursor !== null) {
      const rows = this.log.vectorsAfter(state.cursor, batch);
      if (rows.length === 0) state.cursor = null;
      else {
        this.apply(rows);
        state.cursor = rows.at(-1)!.passageId;
      }
      return true;
    }
    return this.applyLog(batch);
  }

  /** Applies one batch of logged changes; false when the log was already applied. */
  private applyLog(batch = CATCH_UP_IN_SEARCH): boolean {
    const state = this.state!;
    const { seq, changes } = this.log.changesAfter(state.appliedSeq, batch);
    if (changes.length === 0) return false;
    this.apply(changes);
    state.appliedSeq = seq;
    return true;
  }

  /**
   * Makes the index match the stored vectors of these passages: a logged passage is removed,
   * then added again if it still has a vector, so replaying a change twice is harmless.
   */
  private apply(logged: readonly LoggedVector[]): void {
    const index = this.writable();
    const dimensions = this.state!.dimensions;
    // A passage logged twice in one batch (imported, then re-processed with its id kept) is
    // added once, with its latest vector: usearch refuses duplicate keys in one call.
    const rows = [...new Map(logged.map((row) => [row.passageId, row])).values()];
    const added = rows.filter((row) => row.vector?.length === dimensions);
    for (const row of rows) {
      const key = BigInt(row.passageId);
      if (index.contains(key)) index.remove(key);
    }
    if (added.length > 0) {
      const vectors = new Float32Array(added.length * dimensions);
      added.forEach((row, position) => vectors.set(row.vector!, position * dimensions));
      const keys = BigUint64Array.from(added, (row) => BigInt(row.passageId));
      index.add(keys, vectors, availableParallelism());
    }
    this.markChanged(logged.length);
  }

  /** The index, read into memory first if it was only mapped from its file. */
  private writable(): Index {
    if (this.viewed && this.options.file) {
      const index = this.createIndex(this.state!.dimensions);
      index.load(this.options.file);
      this.index = index;
      this.viewed = false;
    }
    return this.index!;
  }

  private markChanged(count: number): void {
    if (this.unsaved === 0) this.firstUnsavedAt = Date.now();
    this.unsaved += count;
  }

  private saveIsDue(): boolean {
    return (
      this.unsaved >= SAVE_AFTER_CHANGES ||
      (this.unsaved > 0 && Date.now() - this.firstUnsavedAt >= SAVE_AFTER_MILLISECONDS)
    );
  }

  /**
   * Writes the index, then its state, each through a temporary file. A crash between the two
   * renames leaves a newer index with an older state: replaying the log again is harmless.
   */
  private save(): void {
    const file = this.options.file;
    if (!file || !this.index || !this.state) return;
    try {
      this.index.save(`${file}.tmp`);
      writeFileSync(`${file}.json.tmp`, JSON.stringify(this.state));
      renameSync(`${file}.tmp`, file);
      renameSync(`${file}.json.tmp`, `${file}.json`);
      this.unsaved = 0;
      if (this.state.cursor === null) this.log.trim(this.state.appliedSeq);
    } catch {
      // A full disk or a read-only folder: the index stays in memory and the log keeps
      // everything, so the next save (or a rebuild) loses nothing.
      rmSync(`${file}.tmp`, { force: true });
      rmSync(`${file}.json.tmp`, { force: true });
    }
  }
}
