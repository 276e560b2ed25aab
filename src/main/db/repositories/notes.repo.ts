import type { DateBasis, DatePrecision } from '../../../shared/attribution';
import type { DatabaseSync } from 'node:sqlite';
import type { PassageSource } from '../../../shared/note-content';
import type { CitingNote, NoteSummary } from '../../../shared/notes-domain';

/** A citation found in a note's JSON, about to be indexed. */
export interface NewNoteLink {
  kind: 'quote' | 'citation';
  source: PassageSource;
}

interface NoteRow {
  id: number;
  title: string;
  created_at: string;
  updated_at: string;
  citation_count: number;
}

const summaryColumns = `n.id, n.title, n.created_at, n.updated_at,
  (SELECT count(*) FROM note_links l WHERE l.note_id = n.id) AS citation_count`;

function toSummary(row: NoteRow): NoteSummary {
  return {
    id: row.id,
    title: row.title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    citationCount: row.citation_count,
  };
}

/** Reads and writes notes, their search index and their citation links. */
export class NotesRepository {
  constructor(private readonly db: DatabaseSync) {}

  /** Notes not in the bin, most recently edited first; with a query, FTS matches only. */
  list(ftsQuery: string | null): NoteSummary[] {
    const rows = (ftsQuery === null
      ? this.db.prepare(
          `SELECT ${summaryColumns} FROM notes n WHERE n.deleted_at IS NULL
             ORDER BY n.updated_at DESC, n.id DESC`,
        )
      : this.db.prepare(
          `SELECT ${summaryColumns} FROM notes_fts f JOIN notes n ON n.id = f.rowid
             WHERE notes_fts MATCH ? AND n.deleted_at IS NULL
             ORDER BY bm25(notes_fts, 5.0, 1.0), n.updated_at DESC`,
        )
    ).all(...(ftsQuery === null ? [] : [ftsQuery])) as unknown as NoteRow[];
    return rows.map(toSummary);
  }

  /** One note (also from the bin, so undo can read it). */
  get(id: number): (NoteSummary & { content: string; deletedAt: string | null }) | undefined {
    const row = this.db
      .prepare(`SELECT ${summaryColumns}, n.content, n.deleted_at FROM notes n WHERE n.id = ?`)
      .get(id) as unknown as (NoteRow & { content: string; deleted_at: string | null }) | undefined;
    return row && { ...toSummary(row), content: row.content, deletedAt: row.deleted_at };
  }

  /** Inserts a note and returns its id. */
  insert(title: string, content: string, text: string): number {
    const now = new Date().toISOString();
    const result = this.db
      .prepare(
        'INSERT INTO notes (title, content, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(title, content, text, now, now);
    return Number(result.lastInsertRowid);
  }

  /** Changes a note's title; false when no such note. */
  rename(id: number, title: string): boolean {
    const result = this.db
      .prepare('UPDATE notes SET title = ?, updated_at = ? WHERE id = ?')
      .run(title, new Date().toISOString(), id);
    return result.changes > 0;
  }

  /** Stores new content and its plain text; false when no such note. */
  updateContent(id: number, content: string, text: string): boolean {
    const result = this.db
      .prepare('UPDATE notes SET content = ?, text = ?, updated_at = ? WHERE id = ?')
      .run(content, text, new Date().toISOString(), id);
    return result.changes > 0;
  }

  /** Moves a note to the bin (deleted) or back out of it (null); false when no such note. */
  setDeleted(id: number, deleted: boolean): boolean {
    const result = this.db
      .prepare('UPDATE notes SET deleted_at = ? WHERE id = ?')
      .run(deleted ? new Date().toISOString() : null, id);
    return result.changes > 0;
  }

  /** Replaces a note's citation links with the ones found in its current content. */
  replaceLinks(noteId: number, links: readonly NewNoteLink[]): void {
    this.db.prepare('DELETE FROM note_links WHERE note_id = ?').run(noteId);
    const insert = this.db.prepare(
      `INSERT INTO note_links (note_id, kind, passage_id, highlight_id, document_id, quoted_text,
         source_title, source_outlet, source_author, source_published_at, source_url)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const { kind, source } of links) {
      insert.run(
        noteId,
        kind,
        source.passageId,
        source.highlightId ?? null,
        source.documentId,
        source.text,
        source.title,
        source.outlet,
        source.author,
        source.publishedAt,
        source.url,
      );
    }
  }

  /** Notes (not in the bin) citing a passage, most recently edited first. */
  citing(passageId: number): CitingNote[] {
    const rows = this.db
      .prepare(
        `SELECT n.id AS note_id, n.title, n.updated_at, min(l.quoted_text) AS quoted_text
         FROM note_links l JOIN notes n ON n.id = l.note_id
         WHERE l.passage_id = ? AND n.deleted_at IS NULL
         GROUP BY n.id ORDER BY n.updated_at DESC`,
      )
      .all(passageId) as {
      note_id: number;
      title: string;
      updated_at: string;
      quoted_text: string;
    }[];
    return rows.map((row) => ({
      noteId: row.note_id,
      title: row.title,
      updatedAt: row.updated_at,
      quotedText: row.quoted_text,
    }));
  }

  /**
   * Passages a note cites that no longer hold the quoted words in the same document: the
   * document was deleted (or its passage id reused by another import).
   */
  missingPassageIds(noteId: number): number[] {
    const rows = this.db
      .prepare(
        `SELECT DISTINCT l.passage_id FROM note_links l
         WHERE l.note_id = ? AND NOT EXISTS (
           SELECT 1 FROM passages p WHERE p.id = l.passage_id
             AND p.document_id = l.document_id AND instr(p.text, l.quoted_text) > 0)`,
      )
      .all(noteId) as { passage_id: number }[];
    return rows.map((row) => row.passage_id);
  }

  /** A passage with its document's bibliographic fields, to snapshot in a citation. */
  passageSource(passageId: number): PassageSource | undefined {
    const row = this.db
      .prepare(
        `SELECT p.id, p.document_id, p.ordinal, p.text, d.title, d.outlet, d.author,
           d.published_at, d.published_basis, d.published_precision, d.published_earliest,
           d.published_latest, d.url
         FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.id = ?`,
      )
      .get(passageId) as
      | {
          id: number;
          document_id: number;
          ordinal: number;
          text: string;
          title: string;
          outlet: string | null;
          author: string | null;
          published_at: string | null;
          published_basis: DateBasis | null;
          published_precision: DatePrecision | null;
          published_earliest: string | null;
          published_latest: string | null;
          url: string | null;
        }
      | undefined;
    return (
      row && {
        passageId: row.id,
        documentId: row.document_id,
        ordinal: row.ordinal,
        text: row.text,
        title: row.title,
        outlet: row.outlet,
        author: row.author,
        publishedAt: row.published_at,
        publishedBasis: row.published_basis,
        publishedPrecision: row.published_precision,
        publishedEarliest: row.published_earliest,
        publishedLatest: row.published_latest,
        url: row.url,
      }
    );
  }
}
