/** Highlights: domain types shared by main and the renderer. */

/** The highlight colours; each one also carries a label so colour is never the only signal. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/**
 * Where a highlight sits, as W3C Web Annotation selectors over the document's clean text:
 * TextQuoteSelector (exact, prefix, suffix) and TextPositionSelector (start, end).
 */
export interface TextAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/**
 * How a highlight's anchor resolved against the document's current text: at its place, moved
 * with the quote intact, on a slightly edited quote, or nowhere (orphaned, still listed).
 */
export type AnchorStatus = 'anchored' | 'moved' | 'edited' | 'orphaned';

/** A highlight with its comment and tags. `documentId` is null once its document was deleted. */
export interface Highlight extends TextAnchor {
  id: number;
  documentId: number | null;
  /** The document's title when the highlight was made, shown for orphans of deleted documents. */
  documentTitle: string;
  color: HighlightColor;
  comment: string;
  tags: string[];
  status: AnchorStatus;
  createdAt: string;
  updatedAt: string;
}

/** What re-anchoring a document's highlights found. */
export interface ReanchorReport {
  documentId: number;
  counts: Record<AnchorStatus, number>;
}
