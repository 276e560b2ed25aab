import type { ErrorCode } from './result';

/** Domain types shared by main, preload and renderer. */

/** Where a document's publish date came from. */
export type DateProvenance = 'metadata' | 'text' | 'file' | 'user';

/** One row of the library. */
export interface DocumentSummary {
  id: number;
  title: string;
  fileName: string;
  format: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  publishedAtSource: DateProvenance | null;
  language: string | null;
  importedAt: string;
  passageCount: number;
}

/** A passage: a span of the document's clean text with its offsets. */
export interface Passage {
  id: number;
  documentId: number;
  ordinal: number;
  start: number;
  end: number;
  text: string;
}

/** A document with its text and passages, for the reader. */
export interface DocumentDetail extends DocumentSummary {
  text: string;
  passages: Passage[];
}

/** The outcome of importing one file. */
export interface ImportOutcome {
  file: string;
  status: 'imported' | 'duplicate' | 'failed';
  documentId?: number;
  /** A sentence saying why the file failed. */
  error?: string;
  errorCode?: ErrorCode;
}

/** A run of snippet text, marked when it matched the query. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** A passage found by search or similarity. */
export interface PassageHit {
  passageId: number;
  documentId: number;
  ordinal: number;
  text: string;
  score: number;
  documentTitle: string;
  outlet: string | null;
  publishedAt: string | null;
  snippet: SnippetPart[];
}

/** Corpus-wide counts for the status bar. */
export interface CorpusStats {
  documents: number;
  passages: number;
  embedder: string;
}

/** Where any document field came from (the same provenance as the publish date). */
export type FieldSource = DateProvenance;

/** One block of an imported file: part of the article body, or boilerplate set aside. */
export interface DocumentBlock {
  ordinal: number;
  /** What the cleaning rules called it: 'body', 'title', 'menu', 'caption', 'form'… */
  kind: string;
  /** Whether it is part of the clean text (the rules' call, or the user's). */
  included: boolean;
  /** Whether the user overrode the rules for this block. */
  overridden: boolean;
  /** The PDF page it came from. */
  page: number | null;
  text: string;
}

/** The document fields a user can correct. */
export type EditableField = 'title' | 'outlet' | 'author' | 'url' | 'publishedAt' | 'language';

/** How a document was made from its file: its blocks and where each field came from. */
export interface DocumentSource {
  documentId: number;
  blocks: DocumentBlock[];
  fieldSources: Partial<Record<EditableField, FieldSource>>;
  /** The rules would have set every block aside, so all were kept (a post, a quotation). */
  shortText?: boolean;
}

/** Where one file of an import job stands. */
export type ImportItemStatus =
  | 'queued'
  | 'reading'
  | 'cleaning'
  | 'indexing'
  | 'imported'
  | 'duplicate'
  | 'failed'
  | 'cancelled';

/** One file of an import job. */
export interface ImportJobItem {
  key: number;
  file: string;
  status: ImportItemStatus;
  documentId?: number;
  error?: string;
  errorCode?: ErrorCode;
}

/** An import running in the background: its files so far, and whether it is still going. */
export interface ImportJob {
  id: string;
  state: 'running' | 'done' | 'cancelled';
  /** Files found so far (folders are walked while the import runs). */
  total: number;
  /** Files that reached an end state. */
  finished: number;
  /** Whether folders are still being walked (total may still grow). */
  scanning: boolean;
  items: ImportJobItem[];
}
