import type { AttributionEvidence } from './attribution';
import type { DocumentBlock, DocumentSummary, EditableField, FieldSource, Passage } from './domain';

/** A document as the import makes it from its file, before the database stores it. */

/** What the user corrected on a document: field values, and blocks put back or set aside. */
export interface DocumentCorrections {
  fields?: Partial<Record<EditableField, string | null>>;
  /** Keyed by a hash of the block's text, so a correction survives changes in the rules. */
  blocks?: Record<string, boolean>;
}

/** A document's content as (re-)made from its file. */
export interface DocumentContent extends Pick<
  DocumentSummary,
  | 'format'
  | 'title'
  | 'outlet'
  | 'author'
  | 'url'
  | 'language'
  | 'publishedAt'
  | 'publishedAtSource'
  | 'publishedBasis'
  | 'publishedPrecision'
  | 'publishedEarliest'
  | 'publishedLatest'
> {
  attribution: AttributionEvidence;
  fieldSources: Partial<Record<EditableField, FieldSource>>;
  text: string;
  textHash: string;
}

/** A block about to be stored with its document. */
export type NewBlock = Omit<DocumentBlock, 'ordinal'>;

/** A passage about to be stored, with its vector. */
export interface NewPassage extends Omit<Passage, 'id' | 'documentId'> {
  vector: Float32Array;
}
