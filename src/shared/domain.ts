import type { AttributionEvidence, DateBasis, DatePrecision } from './attribution';
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
  /** How the publish date is known; `estimated` dates are never shown as stated. */
  publishedBasis: DateBasis | null;
  publishedPrecision: DatePrecision | null;
  /** The earliest and latest days the publish date can be. */
  publishedEarliest: string | null;
  publishedLatest: string | null;
  /** The title was made up from the first sentence or the file name (no headline). */
  titleMadeUp: boolean;
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
  /**
   * Other documents whose estimated publish date this file changed (an undated copy of the same
   * story now dated with it): views showing them read them again.
   */
  redated?: number[];
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
  /** How the publish date is known (an estimate is marked wherever it is shown). */
  publishedBasis?: DateBasis | null;
  /** The estimate's range, so an open-ended one reads "or later" (see isOpenEndedEstimate). */
  publishedPrecision?: DatePrecision | null;
  publishedEarliest?: string | null;
  publishedLatest?: string | null;
  snippet: SnippetPart[];
}

/** Corpus-wide counts for the status bar. */
export interface CorpusStats {
  documents: number;
  passages: number;
  embedder: string;
}

/** Where any document field came from (the publish date's provenance, or an estimate). */
export type FieldSource = DateProvenance | 'estimated';

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
  /** The evidence behind the publish date, outlet, author and title. */
  attribution: AttributionEvidence;
  /** The rules would have set every block aside, so all were kept (a post, a quotation). */
  shortText?: boolean;
}

/** A document's bibliographic fields as they stand now, as a citation draws them. */
export interface CitedDocument {
  documentId: number;
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  publishedBasis: DateBasis | null;
  /** The estimate's range, so an open-ended one reads "or later" (see isOpenEndedEstimate). */
  publishedPrecision: DatePrecision | null;
  publishedEarliest: string | null;
  publishedLatest: string | null;
  url: string | null;
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
  /** Other documents whose estimated publish date this file changed (see ImportOutcome). */
  redated?: number[];
  error?: string;
  errorCode?: ErrorCode;
  /** A Telegram export: what became of its messages so far. */
  telegram?: TelegramImportSummary;
  /** What the user must confirm before this file imports (`import:confirm` answers it). */
  question?: ImportQuestion;
}

/**
 * A question an import asks instead of going on: a personal or group chat holds private
 * messages; a cut-short result.json has posts before the break that may be kept.
 */
export type ImportQuestion =
  | { kind: 'private-chat'; chat: string }
  | { kind: 'keep-partial'; postsBefore: number; position: number };

/** What an import made of a Telegram export, counted by what became of each message. */
export interface TelegramImportSummary {
  chat: string;
  /** The stored channel's id, to give its public name (its posts' t.me links). */
  channelId: number;
  /** The channel's public name, when known; null means the user should be asked once. */
  publicName: string | null;
  /** Posts made into documents by this import. */
  imported: number;
  /** Posts the corpus held already (an earlier export of the same channel). */
  alreadyPresent: number;
  /** Service messages (joins, pins, title changes): skipped. */
  service: number;
  /** Posts without text (a photo alone): counted, not imported. */
  withoutText: number;
  failed: number;
  /** HTML pages missing from the export (messages3.html → 3): their posts are not imported. */
  missingPages: number[];
  /** Where the export stopped being valid JSON, when its posts before that were kept. */
  brokenAt?: string;
  /** The byte where it stopped being valid JSON (with `brokenAt`). */
  brokenPosition?: number;
}

/** A Telegram channel (or chat) the corpus holds posts of. */
export interface TelegramChannel {
  id: number;
  name: string;
  /** A channel (public posts) rather than a personal or group chat. */
  channel: boolean;
  /** The t.me name its links use, once the user gave it. */
  publicName: string | null;
  posts: number;
}

/** What deleting a document did. */
export interface DeletedDocument {
  id: number;
  /** Its highlights, kept as orphans with their quotes. */
  orphanedHighlights: number;
  /**
   * Other documents whose estimated date rested on it and was dated again without it (from the
   * related articles left, or from their file alone), for the views showing them to read again.
   */
  redated?: number[];
}

/** Re-processing every document in the background: where it stands. */
export interface ReprocessJob {
  state: 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
  /** Documents re-processed so far, failed ones included. */
  done: number;
  total: number;
  /** Documents that could not be re-processed (each kept as it was), with the first reason. */
  failed: number;
  error: string | null;
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
