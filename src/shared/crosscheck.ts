import type { PassageHit } from './domain';
import type { PublishComparisonBasis } from './publish-time';

/** Why a passage was found similar to another: each signal that contributed. */
export type SimilarReason =
  | { kind: 'quote'; text: string }
  | { kind: 'figure'; value: string }
  | { kind: 'names'; names: string[] }
  | { kind: 'terms'; terms: string[] }
  | { kind: 'vector'; similarity: number }
  /** This passage (a post) is where the probe's quotation was first written. */
  | { kind: 'primary'; text: string; faithful: boolean };

/** A passage of another document resembling one passage, with the reasons it matched. */
export interface SimilarPassage extends PassageHit {
  reasons: SimilarReason[];
}

/** Where one item of a cluster was found: a passage of a document from some source. */
export interface SourceRef {
  documentId: number;
  passageId: number;
  ordinal: number;
  /** The outlet, else the document title or file name. */
  source: string;
  publishedAt: string | null;
  /** The words as this source wrote them. */
  text: string;
  /** The whole passage around them, to read side by side. */
  passageText: string;
  /** Documents that are copies of one another share this number; null for an original. */
  syndicationGroup: number | null;
}

/** Words of a quotation compared with its primary source: the same, or only on one side. */
export interface FidelityPart {
  text: string;
  kind: 'same' | 'article' | 'primary';
}

/** How faithfully a source quoted the primary source (a post carrying the quoted words). */
export interface QuoteFidelity {
  /** The same words, ignoring case, accents, punctuation and quotation marks. */
  faithful: boolean;
  parts: FidelityPart[];
}

/** A source of a quote cluster: where it said it, and how it relates to the primary source. */
export type QuoteSource = SourceRef & {
  speaker: string | null;
  /** The post (or statement) the quotation comes from, which the articles cite. */
  primary?: true;
  /** This source's quotation compared with the primary source's words. */
  fidelity?: QuoteFidelity;
};

/** One quotation carried by several sources, trimmed or re-worded. */
export interface QuoteCluster {
  id: string;
  /** The longest version of the quote. */
  text: string;
  speakers: string[];
  sources: QuoteSource[];
  /** The document the articles name as where the words were first written (a Telegram post). */
  primaryDocumentId?: number;
  documentCount: number;
  /** Documents, counting each syndicated group of copies once. */
  independentSources: number;
  /** The earliest dated source, when any is dated. */
  firstPublished: SourceRef | null;
  /** Whether "first" rests on times to the minute or on the dates alone (null: none dated). */
  firstPublishedBasis: PublishComparisonBasis | null;
}

/** One figure (what is counted, how many) given by several sources. */
export interface FigureCluster {
  id: string;
  /** What is counted, e.g. "soldat" or "%". */
  unit: string;
  /** A version of the claim as one source wrote it. */
  label: string;
  /** False when the sources give different numbers for what looks like the same thing. */
  agree: boolean;
  sources: (SourceRef & { value: number; approximate: boolean })[];
  documentCount: number;
  independentSources: number;
}

/** Near-identical documents: wire copy republished by several outlets. */
export interface SyndicationGroup {
  id: number;
  documents: { documentId: number; source: string; publishedAt: string | null }[];
  /** Estimated share of word sequences the copies have in common (0–1). */
  similarity: number;
}

/** Everything the cross-check view lists. */
export interface Corroboration {
  quotes: QuoteCluster[];
  figures: FigureCluster[];
  syndication: SyndicationGroup[];
}
