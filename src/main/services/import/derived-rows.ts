import type { NewPassage } from '../../../shared/document-content';
import { crosscheckRows, type CrosscheckRows } from '../crosscheck/document-rows';
import { documentEvents, type DocumentEvent } from '../timeline/caption-events';
import type { PreparedDocument } from './preparation';

/**
 * The indexer rows that depend on the prepared document alone (its text, passages, blocks,
 * language and publish date), passages named by ordinal: computed where the document is
 * prepared (the import worker), so the file's transaction on the main thread only inserts them.
 */
export interface DerivedRows {
  /** Timeline events, in its text and set-aside captions. */
  events: DocumentEvent[];
  /** Quotes, figures and the fingerprint. */
  crosscheck: CrosscheckRows;
}

/** The derived rows of a prepared document and its passages. */
export function deriveRows(
  prepared: PreparedDocument,
  passages: readonly Omit<NewPassage, 'vector'>[],
): DerivedRows {
  const { text, language, publishedAt } = prepared.content;
  const blocks = prepared.blocks.map((block, ordinal) => ({ ...block, ordinal }));
  return {
    events: documentEvents({ text, language, publishedAt, passages, blocks }),
    crosscheck: crosscheckRows({ text, language, passages }),
  };
}
