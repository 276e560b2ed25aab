import type { DatabaseSync } from 'node:sqlite';
import type { DocumentDetail, Passage } from '../../../shared/domain';
import { BlocksRepository } from '../../db/repositories/blocks.repo';
import { documentEvents, type DocumentEvent } from './caption-events';
import { documentNotFound, RecoupeError } from '../../../shared/result';
import type { TimelineEvent } from '../../../shared/timeline';
import { transaction } from '../../db/connection';
import { DocumentsRepository } from '../../db/repositories/documents.repo';
import {
  EventsRepository,
  type EventFilters,
  type StoredEvent,
} from '../../db/repositories/events.repo';
import { PassagesRepository } from '../../db/repositories/passages.repo';
import type { DocumentIndexer } from '../indexers';
import { sentenceAround } from './extract';
import { parseIsoDate } from './iso';
import { groupSameEvents } from './same-event';
import { comparePublished } from '../../../shared/publish-time';

const withoutInternals = ({
  spec: _spec,
  mentionStart: _start,
  blockOrdinal: _block,
  ...event
}: StoredEvent): TimelineEvent => ({ ...event, sameEvent: null });

/** What identifies an extracted event across re-reading: its place, in a passage or a caption. */
function placeKey(event: {
  passageId: number;
  mentionStart: number;
  block?: { ordinal: number } | null;
  blockOrdinal?: number | null;
}): string {
  const block = event.block?.ordinal ?? event.blockOrdinal ?? null;
  return block === null
    ? `${event.passageId} ${event.mentionStart}`
    : `block ${block} ${event.mentionStart}`;
}

/**
 * Writes the events found in a freshly imported (or re-read) document, each on the stored
 * passage of its ordinal, keeping the user's dismissals and leaving out places they dated.
 */
function storeExtracted(
  events: EventsRepository,
  documentId: number,
  passages: readonly Passage[],
  found: readonly DocumentEvent[],
  keep: { dismissed: Set<string>; userDated: Set<string> },
): void {
  const idOf = new Map(passages.map((passage) => [passage.ordinal, passage.id]));
  const placed = found
    .map(({ passageOrdinal, ...event }) => ({ ...event, passageId: idOf.get(passageOrdinal)! }))
    .filter((event) => !keep.userDated.has(placeKey(event)));
  events.insertMany(
    documentId,
    placed.map((event) => ({
      ...event,
      spec: JSON.stringify(event.spec),
      origin: 'extracted' as const,
      dismissed: keep.dismissed.has(placeKey(event)),
    })),
  );
}

/** The timeline's indexer: runs inside each document's import transaction. */
export const timelineIndexer: DocumentIndexer = {
  name: 'timeline',
  // A re-processed document (new date, corrected blocks) keeps its passage ids where the text
  // is unchanged, so extraction goes through reindex: it replaces extracted events and keeps
  // the user's dismissals and corrected dates instead of adding duplicates. The import found
  // the events where it prepared the document (its worker); only storing them is left here.
  index: (db, document, derived) =>
    new TimelineService(db).replaceExtracted(document, derived?.events),
};

/** Lists, corrects, adds and recomputes timeline events. */
export class TimelineService {
  private readonly events: EventsRepository;
  private readonly documents: DocumentsRepository;
  private readonly passages: PassagesRepository;
  private readonly blocks: BlocksRepository;

  constructor(private readonly db: DatabaseSync) {
    this.blocks = new BlocksRepository(db);
    this.events = new EventsRepository(db);
    this.documents = new DocumentsRepository(db);
    this.passages = new PassagesRepository(db);
  }

  /**
   * Events matching the filters, earliest first; events of the same date follow the order in
   * which they were reported, to the minute where the sources give times. Events several
   * documents report on the same day, in agreeing words, each name the group's sources.
   */
  list(filters: EventFilters): TimelineEvent[] {
    const events = this.events
      .list(filters)
      .map(withoutInternals)
      .sort((a, b) => {
        if (a.start !== b.start || !a.publishedAt || !b.publishedAt) return 0;
        return comparePublished(a.publishedAt, b.publishedAt).order;
      });
    return groupSameEvents(events);
  }

  /** Sets an event's date by hand, or dismisses it (or brings it back). */
  update(id: number, change: { date?: string; dismissed?: boolean }): TimelineEvent {
    if (!this.events.get(id)) throw new RecoupeError('not-found', `Event ${id} does not exist.`);
    if (change.date !== undefined) this.events.setDate(id, this.parse(change.date));
    if (change.dismissed !== undefined) this.events.setDismissed(id, change.dismissed);
    return withoutInternals(this.events.get(id)!);
  }

  /** Adds an event by hand on a passage, dated by the words selected in it. */
  add(input: {
    passageId: number;
    date: string;
    mentionStart?: number;
    mentionEnd?: number;
  }): TimelineEvent {
    const passage = this.passages.get(input.passageId);
    if (!passage) {
      throw new RecoupeError('not-found', `Passage ${input.passageId} does not exist.`);
    }
    const start = Math.min(input.mentionStart ?? 0, passage.text.length);
    const end = Math.min(
      Math.max(input.mentionEnd ?? passage.text.length, start),
      passage.text.length,
    );
    const mention = passage.text.slice(start, end).trim() || passage.text.slice(0, 120);
    const [id] = this.events.insertMany(passage.documentId, [
      {
        passageId: passage.id,
        mention,
        mentionStart: start,
        mentionEnd: end,
        summary: sentenceAround(passage.text, start),
        spec: null,
        ...this.parse(input.date),
        resolution: 'user',
        origin: 'user',
      },
    ]);
    return withoutInternals(this.events.get(id!)!);
  }

  /**
   * Reads a document's dates again (after its publish date changed): the extracted events are
   * replaced, the user's own and corrected events kept, and dismissals carried over. Joins the
   * caller's transaction when there is one (a `documents:update` that sets the date). `found`
   * is what the import already extracted from this very content, where it prepared it.
   */
  reindex(documentId: number, found?: readonly DocumentEvent[]): { events: number } {
    const document = this.documents.get(documentId);
    if (!document) throw documentNotFound(documentId);
    const inTransaction = <T>(work: () => T) =>
      this.db.isTransaction ? work() : transaction(this.db, work);
    return inTransaction(() => {
      this.replaceExtracted({ ...document, passages: this.passages.byDocument(documentId) }, found);
      return { events: this.events.byDocument(documentId).length };
    });
  }

  /**
   * Replaces a stored document's extracted events inside the caller's transaction, keeping
   * dismissals and the places the user dated. The import's indexer calls it with the document
   * and passages it has just read, so they are not read again (nor the events counted).
   */
  replaceExtracted(document: DocumentDetail, found?: readonly DocumentEvent[]): void {
    const previous = this.events.byDocument(document.id);
    const keep = {
      dismissed: new Set(previous.filter((event) => event.dismissed).map(placeKey)),
      userDated: new Set(previous.filter((event) => event.resolution === 'user').map(placeKey)),
    };
    this.events.deleteExtracted(document.id);
    const events =
      found ?? documentEvents({ ...document, blocks: this.blocks.byDocument(document.id) });
    storeExtracted(this.events, document.id, document.passages, events, keep);
  }

  private parse(date: string) {
    const parsed = parseIsoDate(date);
    if (!parsed) {
      throw new RecoupeError(
        'invalid-input',
        `“${date}” is not a date the timeline understands: use 2024, 2024-10, 2024-10-28, 2024-10-28T07:45 or 2024-10-27/2024-10-28.`,
      );
    }
    return parsed;
  }
}
