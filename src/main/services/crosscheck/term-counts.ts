import type { DatabaseSync } from 'node:sqlite';
import { CrosscheckRepository } from '../../db/repositories/crosscheck.repo';
import { PassagesRepository } from '../../db/repositories/passages.repo';
import { BackgroundWork } from '../background-work';
import { stopWords } from '../text/words';

/** Words in at least this many passages are kept from the pass; rarer ones are cheap to count live. */
const COMMON_FROM = 32;
/** Words counted live that are remembered; past this the memory starts afresh. */
const LIVE_MEMORY_SIZE = 50_000;
/** Live counts are forgotten once the corpus has grown or shrunk by this share. */
const LIVE_DRIFT = 0.01;
/**
 * The pass's counts serve until the corpus has grown or shrunk by this share (a word's weight,
 * log(1 + passages / its passages), then moves by at most log 1.05 ≈ 0.05); past it words are
 * counted live again until a new pass ends.
 */
const PASS_DRIFT = 0.05;
/**
 * Vocabulary rows read per step (a step cannot be cut short: at a million passages a word in
 * every tenth passage takes a few milliseconds to count), and how long steps may run before
 * yielding the event loop.
 */
const TERMS_PER_STEP = 32;
const SLICE_MILLISECONDS = 20;
/** The pass starts this long after opening, after the first screen and the vector index's load. */
const START_DELAY_MILLISECONDS = 3000;
/**
 * Stop-words the pass steps over: never weighed, and the longest posting lists of all ("de" is
 * in nearly every French passage). Only plain ASCII ones, whose order is the same in
 * JavaScript as in SQLite's byte order.
 */
const SKIPPED = [...stopWords()].filter((word) => /^[a-z]+$/.test(word)).sort();

interface Pass {
  /** The last word read. */
  after: string;
  counts: Map<string, number>;
  /** The corpus size when the pass began reading. */
  total: number;
}

/**
 * How many passages hold each word, for weighting rare words. FTS5's vocabulary table counts a
 * word by walking its whole posting list: tens of milliseconds for a common word at a million
 * passages, and a similar-passages call asks for some sixty words. So once the corpus is open
 * the common words are counted in one ordered pass over the vocabulary, in slices on idle
 * turns of the event loop, and kept; a word missing from them is rare or new, and counting it
 * live reads a short posting list.
 */
export class TermCounts {
  private readonly repository: CrosscheckRepository;
  private readonly passages: PassagesRepository;
  /** Common words' counts from the last finished pass, and the corpus size then. */
  private common = new Map<string, number>();
  private commonTotal = 0;
  private pass: Pass | null = null;
  private readonly live = new Map<string, number>();
  private liveTotal = 0;
  private readonly work = new BackgroundWork({
    sliceMilliseconds: SLICE_MILLISECONDS,
    step: () => this.step(),
  });
  private closed = false;

  constructor(
    db: DatabaseSync,
    /** Counts common words in the background (the app); false counts every word live (the CLI). */
    private readonly background: boolean,
  ) {
    this.repository = new CrosscheckRepository(db);
    this.passages = new PassagesRepository(db);
    if (background) this.work.startAfter(START_DELAY_MILLISECONDS);
  }

  /** The number of passages, near enough for weights (the largest id: counting takes a scan). */
  total(): number {
    return this.passages.approximateCount();
  }

  /** Passage counts of the words. */
  of(terms: readonly string[]): Map<string, number> {
    const total = this.total();
    const current = !drifted(total, this.commonTotal, PASS_DRIFT);
    if (this.background && !current) this.startPass();
    if (drifted(total, this.liveTotal, LIVE_DRIFT) || this.live.size > LIVE_MEMORY_SIZE) {
      this.live.clear();
      this.liveTotal = total;
    }
    const common = current ? this.common : new Map<string, number>();
    const missing = terms.filter((term) => !common.has(term) && !this.live.has(term));
    if (missing.length > 0) {
      const found = this.repository.passageFrequencies(missing);
      for (const term of missing) this.live.set(term, found.get(term) ?? 0);
    }
    return new Map(terms.map((term) => [term, common.get(term) ?? this.live.get(term)!]));
  }

  /** Whether a pass over the vocabulary is under way. */
  get counting(): boolean {
    return this.pass !== null;
  }

  /** Runs a pass to its end at once (tests and benchmarks). */
  finish(): void {
    this.work.cancel();
    while (this.step());
  }

  close(): void {
    this.closed = true;
    this.work.cancel();
    this.pass = null;
  }

  private startPass(): void {
    if (this.closed) return;
    this.pass ??= newPass();
    // Asked for before the start delay is over: no reason to wait any longer.
    this.work.cancel();
    this.work.schedule();
  }

  /**
   * Reads the next rows of the vocabulary, stepping over stop-words, a new pass when none is
   * under way; false once the pass is over.
   */
  private step(): boolean {
    const pass = (this.pass ??= newPass());
    if (pass.after === '') pass.total = this.total();
    const skip = SKIPPED.find((word) => word > pass.after) ?? null;
    const rows = this.repository.vocabularyBetween(pass.after, skip, TERMS_PER_STEP);
    for (const { term, doc } of rows) if (doc >= COMMON_FROM) pass.counts.set(term, doc);
    if (rows.length === TERMS_PER_STEP) {
      pass.after = rows.at(-1)!.term;
      return true;
    }
    if (skip !== null) {
      pass.after = skip;
      return true;
    }
    this.common = pass.counts;
    this.commonTotal = pass.total;
    this.pass = null;
    return false;
  }
}

function newPass(): Pass {
  return { after: '', counts: new Map(), total: 0 };
}

function drifted(total: number, since: number, share: number): boolean {
  return Math.abs(total - since) > since * share;
}
