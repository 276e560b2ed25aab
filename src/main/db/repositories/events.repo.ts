import type { DateBasis, DatePrecision } from '../../../shared/attribution';
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { EventPrecision, EventResolution, TimelineEvent } from '../../../shared/timeline';

/** An event about to be stored. */
export interface NewEvent {
  passageId: number;
  mention: string;
  mentionStart: number;
  mentionEnd: number;
  summary: string;
  /** The expression as JSON, or null for a date the user typed. */
  spec: string | null;
  date: string | null;
  start: string | null;
  end: string | null;
  precision: EventPrecision | null;
  resolution: EventResolution;
  origin: 'extracted' | 'user';
  dismissed?: boolean;
  /** For an event read from a set-aside block: its kind and ordinal (offsets count in its text). */
  block?: { kind: string; ordinal: number };
}

/** Which events to list. */
export interface EventFilters {
  documentIds?: number[];
  outlets?: string[];
  query?: string;
  includeDismissed: boolean;
  /** Whether events dated by captions are listed (by default they are). */
  includeCaptions?: boolean;
}

/** A stored event with the fields re-resolution needs. */
export interface StoredEvent extends Omit<TimelineEvent, 'sameEvent'> {
  spec: string | null;
  mentionStart: number;
  blockOrdinal: number | null;
}

interface EventRow {
  id: number;
  document_id: number;
  passage_id: number;
  passage_ordinal: number;
  mention: string;
  mention_start: number;
  summary: string;
  spec: string | null;
  date: string | null;
  date_start: string | null;
  date_end: string | null;
  precision: EventPrecision | null;
  resolution: EventResolution;
  origin: 'extracted' | 'user';
  dismissed: number;
  block_kind: string | null;
  block_ordinal: number | null;
  document_title: string;
  outlet: string | null;
  published_at: string | null;
  published_basis: DateBasis | null;
  published_precision: DatePrecision | null;
  published_earliest: string | null;
  published_latest: string | null;
}

const select = `
  SELECT e.id, e.document_id, e.passage_id, p.ordinal AS passage_ordinal, e.mention,
    e.mention_start, e.summary, e.spec, e.date, e.date_start, e.date_end, e.precision,
    e.resolution, e.origin, e.dismissed, e.block_kind, e.block_ordinal,
    d.title AS document_title, d.outlet,
    d.published_at, d.published_basis, d.published_precision, d.published_earliest,
    d.published_latest
  FROM events e
  JOIN passages p ON p.id = e.passage_id
  JOIN documents d ON d.id = e.document_id`;

function toEvent(row: EventRow): StoredEvent {
  return {
    id: row.id,
    documentId: row.document_id,
    passageId: row.passage_id,
    passageOrdinal: row.passage_ordinal,
    date: row.date,
    start: row.date_start,
    end: row.date_end,
    precision: row.precision,
    resolution: row.resolution,
    mention: row.mention,
    mentionStart: row.mention_start,
    summary: row.summary,
    spec: row.spec,
    origin: row.origin,
    fromBlock: row.block_kind,
    blockOrdinal: row.block_ordinal,
    dismissed: row.dismissed === 1,
    documentTitle: row.document_title,
    outlet: row.outlet,
    publishedAt: row.published_at,
    publishedBasis: row.published_basis,
    publishedPrecision: row.published_precision,
    publishedEarliest: row.published_earliest,
    publishedLatest: row.published_latest,
  };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** Reads and writes timeline events. */
export class EventsRepository {
  constructor(private readonly db: DatabaseSync) {}

  /** Stores events of one document; call inside a transaction when storing several. */
  insertMany(documentId: number, events: readonly NewEvent[]): number[] {
    const statement = this.db.prepare(
      `INSERT INTO events (document_id, passage_id, mention, mention_start, mention_end, summary,
         spec, date, date_start, date_end, precision, resolution, origin, dismissed, created_at,
         block_kind, block_ordinal)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const now = new Date().toISOString();
    return events.map((event) => {
      const result = statement.run(
        documentId,
        event.passageId,
        event.mention,
        event.mentionStart,
        event.mentionEnd,
        event.summary,
        event.spec,
        event.date,
        event.start,
        event.end,
        event.precision,
        event.resolution,
        event.origin,
        event.dismissed ? 1 : 0,
        now,
        event.block?.kind ?? null,
        event.block?.ordinal ?? null,
      );
      return Number(result.lastInsertRowid);
    });
  }

  /** Events matching the filters, earliest first, unresolved ones last. */
  list(filters: EventFilters): StoredEvent[] {
    const where: string[] = [];
    const values: SQLInputValue[] = [];
    if (!filters.includeDismissed) where.push('e.dismissed = 0');
    if (filters.includeCaptions === false) where.push('e.block_kind IS NULL');
    if (filters.documentIds?.length) {
      where.push(`e.document_id IN (${filters.documentIds.map(() => '?').join(', ')})`);
      values.push(...filters.documentIds);
    }
    if (filters.outlets?.length) {
      where.push(`coalesce(d.outlet, '') IN (${filters.outlets.map(() => '?').join(', ')})`);
      values.push(...filters.outlets);
    }
    if (filters.query?.trim()) {
      where.push(
        "(e.summary LIKE ? ESCAPE '\\' OR e.mention LIKE ? ESCAPE '\\' OR d.title LIKE ? ESCAPE '\\')",
      );
      const like = `%${escapeLike(filters.query.trim())}%`;
      values.push(like, like, like);
    }
    const rows = this.db
      .prepare(
        `${select} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY e.date_start IS NULL, e.date_start, e.id`,
      )
      .all(...values) as unknown as EventRow[];
    return rows.map(toEvent);
  }

  /** Every event of one document, dismissed ones included. */
  byDocument(documentId: number): StoredEvent[] {
    const rows = this.db
      .prepare(`${select} WHERE e.document_id = ? ORDER BY e.id`)
      .all(documentId) as unknown as EventRow[];
    return rows.map(toEvent);
  }

  /** One event by id. */
  get(id: number): StoredEvent | undefined {
    const row = this.db.prepare(`${select} WHERE e.id = ?`).get(id) as EventRow | undefined;
    return row && toEvent(row);
  }

  /** Sets the user's date on an event. */
  setDate(id: number, date: { date: string; start: string; end: string; precision: string }) {
    this.db
      .prepare(
        `UPDATE events SET date = ?, date_start = ?, date_end = ?, precision = ?,
           resolution = 'user' WHERE id = ?`,
      )
      .run(date.date, date.start, date.end, date.precision, id);
  }

  /** Hides or shows an event again. */
  setDismissed(id: number, dismissed: boolean): void {
    this.db.prepare('UPDATE events SET dismissed = ? WHERE id = ?').run(dismissed ? 1 : 0, id);
  }

  /** Removes the events extraction wrote for a document, keeping those the user dated. */
  deleteExtracted(documentId: number): void {
    this.db
      .prepare(
        "DELETE FROM events WHERE document_id = ? AND origin = 'extracted' AND resolution <> 'user'",
      )
      .run(documentId);
  }
}
