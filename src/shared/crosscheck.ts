import type { DateBasis } from './attribution';
import type { PassageHit } from './domain';
import type { PublishComparisonBasis } from './publish-time';
import type { PublishedRange } from './published-range';

/** Why a passage was found similar to another: each signal that contributed. */
export type SimilarReason =
  | { kind: 'quote'; text: string }
  | { kind: 'figure'; value: string }
  | { kind: 'names'; names: string[] }
  | { kind: 'terms'; terms: string[] }
  | { kind: 'vector'; similarity: number }
  /** Numbers both state, however written ("quatorze" and "14"). */
  | { kind: 'numbers'; values: number[] }
  /** This passage (a post) is where the probe's quotation was first written. */
  | { kind: 'primary'; text: string; faithful: boolean };

/** A passage of another document resembling one passage, with the reasons it matched. */
export interface SimilarPassage extends PassageHit {
  reasons: SimilarReason[];
}

/** Where one item of a cluster was found: a passage of a document from some source. */
export interface SourceRef extends PublishedRange {
  documentId: number;
  passageId: number;
  ordinal: number;
  /** The outlet, else the document title or file name. */
  source: string;
  publishedAt: string | null;
  /** How that date is known: an `estimated` one is marked wherever it is shown. */
  publishedBasis: DateBasis | null;
  /** The words as this source wrote them. */
  text: string;
  /** The whole passage around them, to read side by side. */
  passageText: string;
  /** Ranges of `passageText` to mark when reading side by side: the words shared with the other sources. */
  marks: { start: number; end: number }[];
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
  /**
   * One entry per document: the span that best carries the quotation, aligned over all of it,
   * with that document's other fragments of it merged in (`text` joins them with " … ").
   */
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

/**
 * What Recoupe concludes about figures that count the same thing: their ranges overlap
 * (agree), they differ at the same time (disagree), they differ on different dates (an
 * estimate that changed), or they differ but a date is missing (not compared). The reason
 * holds the figures, sources and dates behind it; the interface words it in its language.
 */
export interface FigureVerdict {
  kind: 'agree' | 'disagree' | 'changed' | 'not-compared';
  reason: FigureReason;
}

/** A figure as a verdict's reason names it: its words and who gives it. */
export interface FigureMention {
  text: string;
  source: string;
}

/** Why a figure has no date: its sentence's date could not be worked out, or nothing dates it. */
export type FigureUndated = { code: 'unresolved'; words: string } | { code: 'no-date' };

/** The figures, sources and dates behind a verdict, one shape for each kind. */
export type FigureReason =
  /** Ranges that overlap; `ranges` when some figure is approximate, read as a range. */
  | { code: 'compatible'; figures: FigureMention[]; ranges: boolean }
  | { code: 'same-time'; first: DatedFigure; second: DatedFigure }
  | { code: 'changed'; earlier: DatedFigure; later: DatedFigure }
  /** `guessed` is the source whose date Recoupe estimated (its document states none). */
  | { code: 'estimated-date'; first: FigureMention; second: FigureMention; guessed: string }
  /** `missing` is the source whose figure has no date, `why` why (null: not known). */
  | {
      code: 'undated';
      first: FigureMention;
      second: FigureMention;
      missing: string;
      why: FigureUndated | null;
    };

/** A figure with the time it holds. */
export interface DatedFigure extends FigureMention {
  when: FigureTime;
}

/** When a figure holds and why: its sentence's own date, else its document's publish date. */
export interface FigureTime {
  start: string;
  end: string;
  basis: 'sentence' | 'published';
  words: string;
  /**
   * The date rests on a publish date Recoupe estimated (the document states none): the day
   * itself, or the day a "mardi" in the sentence was counted from. Such a date may not order
   * two figures nor put them at one moment.
   */
  estimated?: boolean;
}

/** One figure (what is counted, how many) given by several sources. */
export interface FigureCluster {
  id: string;
  /** What is counted, e.g. "soldat" or "%". */
  unit: string;
  /** What happened to what is counted ("killed", "destroyed"…), when the text says. */
  outcomes: string[];
  /** A version of the claim as one source wrote it. */
  label: string;
  verdict: FigureVerdict;
  sources: (SourceRef & {
    value: number;
    approximate: boolean;
    /** The range the words allow; `high` null when open ("plus de 10 000"). */
    range: { low: number; high: number | null };
    when: FigureTime | null;
  })[];
  documentCount: number;
  independentSources: number;
}

/** Near-identical documents: wire copy republished by several outlets. */
export interface SyndicationGroup {
  id: number;
  documents: ({
    documentId: number;
    source: string;
    publishedAt: string | null;
    publishedBasis: DateBasis | null;
  } & PublishedRange)[];
  /** Estimated share of word sequences the copies have in common (0–1). */
  similarity: number;
}

/** Everything the cross-check view lists. */
export interface Corroboration {
  quotes: QuoteCluster[];
  figures: FigureCluster[];
  syndication: SyndicationGroup[];
}
