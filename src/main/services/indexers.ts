import type { DatabaseSync } from 'node:sqlite';
import type { DocumentDetail } from '../../shared/domain';
import { timelineIndexer } from './timeline/timeline.service';
import { crosscheckIndexer } from './crosscheck/crosscheck.indexer';
import { highlightsIndexer } from './reader/highlights.service';
import { corpusHintIndexer } from './attribution/corpus-hint';
import type { DerivedRows } from './import/derived-rows';

/** What indexing one document did to other documents, for the views showing them. */
export interface IndexEffects {
  /** Other documents whose publish date it changed (an estimate read from the corpus). */
  redated?: number[];
}

/**
 * A feature that derives rows from a document's text (timeline events, quotes, figures…).
 * The import runs every indexer inside the same transaction as the document, so derived rows
 * are never out of step with passages; re-processing a document runs them again.
 */
export interface DocumentIndexer {
  /** A short name for errors and logs. */
  readonly name: string;
  /**
   * Writes this feature's rows for a freshly stored document (old rows already removed).
   * `derived` holds the rows the import computed where it prepared this content; without it
   * the indexer computes them with the same function. Returns what it did to other documents,
   * if anything.
   */
  index(db: DatabaseSync, document: DocumentDetail, derived?: DerivedRows): void | IndexEffects;
  /**
   * Removes this feature's rows for a document about to be re-processed (not needed when they
   * cascade from passages or documents). Runs in the same transaction as the new index().
   */
  clear?(db: DatabaseSync, documentId: number): void;
}

/** The indexers every import runs, in order; features append theirs here. */
export function documentIndexers(): DocumentIndexer[] {
  return [timelineIndexer, crosscheckIndexer, highlightsIndexer, corpusHintIndexer];
}
