import type { DatabaseSync } from 'node:sqlite';
import type {
  AnchorStatus,
  Highlight,
  HighlightColor,
  TextAnchor,
} from '../../../shared/highlights';

/** The fields stored when a highlight is made. */
export interface NewHighlight extends TextAnchor {
  documentId: number;
  documentTitle: string;
  color: HighlightColor;
  comment: string;
  tags: string[];
}

/** The fields a person can change on a highlight. */
export interface HighlightChanges {
  color?: HighlightColor;
  comment?: string;
  tags?: string[];
}

interface HighlightRow {
  id: number;
  document_id: number | null;
  document_title: string;
  exact: string;
  prefix: string;
  suffix: string;
  start_offset: number;
  end_offset: number;
  color: HighlightColor;
  comment: string;
  tags: string;
  status: AnchorStatus;
  created_at: string;
  updated_at: string;
}

function toHighlight(row: HighlightRow): Highlight {
  return {
    id: row.id,
    documentId: row.document_id,
    documentTitle: row.document_title,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    start: row.start_offset,
    end: row.end_offset,
    color: row.color,
    comment: row.comment,
    tags: JSON.parse(row.tags) as string[],
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Reads and writes highlights. */
export class HighlightsRepository {
  constructor(private readonly db: DatabaseSync) {}

  /** Stores a new highlight and returns it. */
  insert(highlight: NewHighlight): Highlight {
    const now = new Date().toISOString();
    const result = this.db
      .prepare(
        `INSERT INTO highlights (document_id, document_title, exact, prefix, suffix, start_offset,
           end_offset, color, comment, tags, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'anchored', ?, ?)`,
      )
      .run(
        highlight.documentId,
        highlight.documentTitle,
        highlight.exact,
        highlight.prefix,
        highlight.suffix,
        highlight.start,
        highlight.end,
        highlight.color,
        highlight.comment,
        JSON.stringify(highlight.tags),
        now,
        now,
      );
    return this.get(Number(result.lastInsertRowid))!;
  }

  /** One highlight by id. */
  get(id: number): Highlight | undefined {
    const row = this.db.prepare('SELECT * FROM highlights WHERE id = ?').get(id) as
      HighlightRow | undefined;
    return row && toHighlight(row);
  }

  /** A document's highlights in reading order. */
  byDocument(documentId: number): Highlight[] {
    const rows = this.db
      .prepare('SELECT * FROM highlights WHERE document_id = ? ORDER BY start_offset, id')
      .all(documentId) as unknown as HighlightRow[];
    return rows.map(toHighlight);
  }

  /** Highlights whose document was deleted, newest first. */
  withoutDocument(): Highlight[] {
    const rows = this.db
      .prepare('SELECT * FROM highlights WHERE document_id IS NULL ORDER BY updated_at DESC, id')
      .all() as unknown as HighlightRow[];
    return rows.map(toHighlight);
  }

  /** Changes colour, comment or tags. */
  update(id: number, changes: HighlightChanges): void {
    const current = this.get(id);
    if (!current) return;
    this.db
      .prepare(
        'UPDATE highlights SET color = ?, comment = ?, tags = ?, updated_at = ? WHERE id = ?',
      )
      .run(
        changes.color ?? current.color,
        changes.comment ?? current.comment,
        JSON.stringify(changes.tags ?? current.tags),
        new Date().toISOString(),
        id,
      );
  }

  /** Records where a highlight resolved in its document's current text. */
  setResolution(id: number, status: AnchorStatus, start: number, end: number): void {
    this.db
      .prepare('UPDATE highlights SET status = ?, start_offset = ?, end_offset = ? WHERE id = ?')
      .run(status, start, end, id);
  }

  /** Deletes a highlight; true when it existed. */
  delete(id: number): boolean {
    return Number(this.db.prepare('DELETE FROM highlights WHERE id = ?').run(id).changes) > 0;
  }
}
