import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { VectorLogRepository, type LoggedVector } from '../../db/repositories/vector-log.repo';
import { BackgroundWork } from '../background-work';
import { ColumnVectors, type Neighbour } from './column-vectors';

export type { Neighbour } from './column-vectors';

/** Where the index lives and whether it may build itself in the background. */
export interface VectorIndexOptions {
  /** The index file (its state is written beside it as JSON); null keeps it in memory only. */
  file: string | null;
  /** Build and catch up in slices on the event loop (the app); the CLI only reads a ready index. */
  background: boolean;
  /**
   * Below this many vectors searches scan exactly (null from `nearest`): the scan is still
   * fast there and finds every true neighbour (the column index finds 0.96–0.98 of them).
   * Defaults to EXACT_BELOW.
   */
  exactBelow?: number;
}

/**
 * Where the exact sqlite-vec scan stops fitting search as you type. Its time grows with the
 * passages: a vector query took 9–11 ms (median) at 11,174 passages, hybrid search p95 76–79 ms
 * at 110,599 (the index: 10–13 ms), 770 ms at 1.3 million (bench/RESULTS.md), so ~20 ms here,
 * leaving the 50 ms budget room for the full-text part on a loaded machine. Above it the index
 * answers; it found 0.99 / 0.94 of the true ten nearest (queries / passages) at 23,000 passages.
 */
export const EXACT_BELOW = 20_000;

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
 * Vectors read and added per step in the background (each is read from sqlite-vec, ~0.3 ms at
 * a million passages), per step when finishing in one go, and how long background steps may
 * run before yielding.
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
/** The HNSW index file earlier versions saved beside the database, removed once replaced. */
const FORMER_INDEX_FILES = ['vectors.usearch', 'vectors.usearch.json'];

/**
 * Nearest passages over every passage vector without sqlite-vec's scan (1 s a query at 1.3M
 * passages): int8 copies of the vectors stored by dimension, of which a search scans the
 * query's heaviest dimensions and re-ranks the best rows on all (`ColumnVectors`). It replaced
 * an HNSW graph (usearch), which found only 0.15 of a 12-word query's ten nearest at 1.3M
 * passages with the built-in embedder. It is a cache: `passage_vectors` stays the truth, the
 * `vector_log` table says what changed since the file was saved, and any doubt (another
 * generation, a newer file than the database, an unreadable file) rebuilds it in slices while
 * searches fall back to the exact scan. The whole index is read into memory on first need
 * (345 MB at 1.3M passages; 30 MB were read in 0.1 s at 110,599).
 */
export class VectorIndex {
  private vectors: ColumnVectors | null = null;
  private state: IndexState | null = null;
  private readonly work = new BackgroundWork({
    sliceMilliseconds: SLICE_MILLISECONDS,
    step: () => this.step(BACKGROUND_BATCH),
    onDone: () => {
      if (this.saveIsDue()) this.save();
    },
  });
  private loaded = false;
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
    if (!this.ready(vector.length) || !this.vectors) return null;
    const size = this.vectors.size();
    if (size < exactBelow) return null;
    return this.vectors.nearest(vector, Math.min(k, size));
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
    this.vectors = null;
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
      const vectors = ColumnVectors.load(file);
      if (vectors.dimensions !== state.dimensions) return;
      this.vectors = vectors;
      this.state = state;
    } catch {
      // An unreadable or truncated file is only a cache: it is rebuilt.
      this.vectors = null;
      this.state = null;
    }
  }

  /** Starts over: an empty index, every passage to add, then the log from here on. */
  private reset(): void {
    this.loaded = true;
    const dimensions = this.log.dimensions();
    this.vectors = new ColumnVectors(dimensions);
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
   * or set to its latest vector, so replaying a change twice is harmless.
   */
  private apply(logged: readonly LoggedVector[]): void {
    const vectors = this.vectors!;
    for (const row of logged) {
      if (row.vector?.length === vectors.dimensions) vectors.set(row.passageId, row.vector);
      else vectors.delete(row.passageId);
    }
    this.markChanged(logged.length);
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
    if (!file || !this.vectors || !this.state) return;
    try {
      this.vectors.save(`${file}.tmp`);
      writeFileSync(`${file}.json.tmp`, JSON.stringify(this.state));
      renameSync(`${file}.tmp`, file);
      renameSync(`${file}.json.tmp`, `${file}.json`);
      this.unsaved = 0;
      if (this.state.cursor === null) this.log.trim(this.state.appliedSeq);
      for (const former of FORMER_INDEX_FILES) rmSync(join(dirname(file), former), { force: true });
    } catch {
      // A full disk or a read-only folder: the index stays in memory and the log keeps
      // everything, so the next save (or a rebuild) loses nothing.
      rmSync(`${file}.tmp`, { force: true });
      rmSync(`${file}.json.tmp`, { force: true });
    }
  }
}
