import type { DateBasis, DatePrecision } from './attribution';

/** Timeline domain types shared by main, preload and renderer. */

/** How finely an event's date is known. */
export type EventPrecision = 'time' | 'day' | 'month' | 'year' | 'span';

/**
 * How an event's date was found: stated in full, worked out from the publish date, inferred
 * from other dates in the same document, set by the user, or not yet resolvable.
 */
export type EventResolution = 'absolute' | 'relative' | 'inferred' | 'user' | 'unresolved';

/** One dated event on the timeline. */
export interface TimelineEvent {
  id: number;
  documentId: number;
  passageId: number;
  /** The passage's position in its document, for links into the reader. */
  passageOrdinal: number;
  /** ISO form: `2024-10-28`, `2024-10`, `2024`, `2024-10-28T07:45` or `start/end`; null when unresolved. */
  date: string | null;
  /** Sortable bounds of the date (`YYYY-MM-DDTHH:MM`), null when unresolved. */
  start: string | null;
  end: string | null;
  precision: EventPrecision | null;
  resolution: EventResolution;
  /** The exact words that dated the event. */
  mention: string;
  /** The sentence around them (or the text the user chose). */
  summary: string;
  origin: 'extracted' | 'user';
  /** The kind of set-aside block that dated it ("caption"), null when the article text did. */
  fromBlock: string | null;
  dismissed: boolean;
  documentTitle: string;
  outlet: string | null;
  /** The document's publish date: when the event was reported. */
  publishedAt: string | null;
  /** How that date is known: an event worked out from an `estimated` one rests on an estimate. */
  publishedBasis: DateBasis | null;
  /** The estimate's range, so an open-ended one reads "or later" (see isOpenEndedEstimate). */
  publishedPrecision?: DatePrecision | null;
  publishedEarliest?: string | null;
  publishedLatest?: string | null;
  /** Other documents reporting the same thing on the same day; null when none does. */
  sameEvent: SameEvent | null;
}

/** One source reporting an event. */
export interface EventSource {
  eventId: number;
  documentId: number;
  passageId: number;
  passageOrdinal: number;
  outlet: string | null;
  documentTitle: string;
  publishedAt: string | null;
  summary: string;
}

/**
 * One event several sources report: the same day, and sentences sharing enough of their
 * content words (the basis, shown as `words`). Sources are in the order they reported it.
 */
export interface SameEvent {
  /** The same for every event of the group. */
  key: string;
  sources: EventSource[];
  /** The words the sources' sentences share, as the first source wrote them. */
  words: string[];
}

/** Whether an event's date was worked out from a publish date that is only estimated. */
export function restsOnEstimate(event: Pick<TimelineEvent, 'resolution' | 'publishedBasis'>) {
  return (
    event.publishedBasis === 'estimated' &&
    (event.resolution === 'relative' || event.resolution === 'inferred')
  );
}
