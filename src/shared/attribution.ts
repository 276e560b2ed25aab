/** Who published a document and when, with the evidence behind each answer. */

/**
 * How a publish date is known: stated by the text (a dateline), by the page's metadata,
 * estimated from evidence in the file, or set by the user.
 */
export type DateBasis = 'stated' | 'metadata' | 'estimated' | 'user';

/** How finely a publish date is known: one day, one month, or a range of days. */
export type DatePrecision = 'day' | 'month' | 'range';

/** What one piece of evidence does to the publish date. */
export type EvidenceRole =
  /** It states the date. */
  | 'date'
  /** The article cannot be older than this day (it reports it). */
  | 'after'
  /** The article cannot be newer than this day (the file's own time). */
  | 'before'
  /** A likely day, weaker than a bound. */
  | 'guess'
  /** Read, but not used: the reason says why. */
  | 'ignored';

/** Where a piece of evidence was read. */
export type EvidenceKind =
  | 'dateline'
  | 'metadata'
  | 'url'
  | 'body-date'
  | 'weekday-date'
  | 'weekday'
  | 'pdf-info'
  | 'docx-properties'
  | 'file-time'
  | 'corpus'
  | 'user';

/** One piece of evidence about the publish date: the words and what they give. */
export interface DateEvidence {
  kind: EvidenceKind;
  /** The words (or value) that said it. */
  words: string;
  role: EvidenceRole;
  /** The day it gives (`2024-10-28`), or the month (`2024-10`). */
  date: string;
  /** Why it was ignored, or how it was read: codes the interface words in its language. */
  notes?: EvidenceNote[];
  /** The same in English words, as versions before `notes` stored it: shown as it is. */
  note?: string;
  /** Said as a day of the publication's own week ("ce mercredi 13 novembre"). */
  thisWeek?: boolean;
}

/** A document's publish date with its precision, basis and every piece of evidence read. */
export interface PublishDate {
  /** The best day (`2024-10-28`, or a full timestamp when stated), null when nothing is known. */
  date: string | null;
  /** The earliest and latest days it can be (equal for a day). */
  earliest: string | null;
  latest: string | null;
  precision: DatePrecision | null;
  basis: DateBasis | null;
  evidence: DateEvidence[];
  /** When no date is known: why, as a code the interface words. */
  whyUnknown?: 'nothing-found' | 'file-time-only';
  /** The same in English words, as versions before `whyUnknown` stored it: shown as it is. */
  why?: string;
}

/** Where an outlet, author or title was read, with the words. */
export interface FieldEvidence {
  kind:
    | 'metadata'
    | 'url-host'
    | 'masthead'
    | 'credit-line'
    | 'byline'
    | 'headline'
    | 'first-sentence'
    | 'file-name'
    | 'user'
    | 'ignored';
  words: string;
  /** Why it was not used, or how it was read: codes the interface words in its language. */
  notes?: EvidenceNote[];
  /** The same in English words, as versions before `notes` stored it: shown as it is. */
  note?: string;
}

/** All the evidence kept for a document's fields. */
export interface AttributionEvidence {
  date?: PublishDate;
  outlet?: FieldEvidence[];
  author?: FieldEvidence[];
  title?: FieldEvidence[];
  /** Set when the title was made up from the first sentence (no headline). */
  titleMadeUp?: boolean;
  /** Why the outlet stays unknown, when it does, as a code the interface words. */
  outletUnknown?: 'nothing-found' | 'photo-credits-only';
  /** The same in English words, as versions before `outletUnknown` stored it: shown as it is. */
  outletWhy?: string;
}

/**
 * How a piece of evidence was read, or why it was not used: a code with the values it names
 * (days as `YYYY-MM-DD`, weekdays Sunday = 0), so each interface language words it.
 */
export type EvidenceNote =
  /** A web address whose host is a known outlet's. */
  | { code: 'host-is-outlet'; host: string; outlet: string }
  /** A credit line naming a wire agency, weaker than the outlet's own. */
  | { code: 'wire-credited'; agency: string }
  | { code: 'host-not-known' }
  | { code: 'photo-credit' }
  /** A title made from the first sentence: the article has no headline. */
  | { code: 'no-headline' }
  | { code: 'no-headline-no-text' }
  /** A stated weekday the stated date does not fall on. */
  | { code: 'weekday-mismatch'; date: string; weekday: number; stated: number }
  | { code: 'no-year-for-weekday'; around: number; weekday: number }
  /** The year of a year-less date, fixed by its weekday. */
  | { code: 'weekday-gives-year'; date: string; weekday: number }
  | { code: 'year-from-evidence'; year: number }
  | { code: 'looks-forward' }
  | { code: 'after-file-time' }
  | { code: 'implausible-file-time' }
  | { code: 'file-time-of-copy' }
  | { code: 'disagrees'; kind: EvidenceKind; date: string }
  | { code: 'older-than-text'; date: string }
  | { code: 'later-than-basis'; basis: DateBasis }
  /** An article the undated one shares its text, a quotation or a figure with. */
  | {
      code: 'related-article';
      shared: 'copy' | 'quote' | 'figure';
      title: string;
      outlet: string | null;
      /**
       * The article's id, so that deleting it dates again what rested on it (absent from
       * evidence stored before: the title, outlet and day name it there).
       */
      documentId?: number;
    };
