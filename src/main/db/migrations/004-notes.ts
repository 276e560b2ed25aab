import type { Migration } from './index';

/**
 * Notes (Lexical JSON plus its plain text for search), their full-text index, and the
 * passages each note cites. A link keeps a snapshot of its source (quoted words, outlet,
 * title, date, URL) and no foreign key to passages, so a citation outlives its document.
 */
export const notesSchema: Migration = {
  version: 4,
  name: 'notes and note links',
  up(db) {
    db.exec(`
      CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        content TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX notes_updated_at ON notes(updated_at);

      CREATE VIRTUAL TABLE notes_fts USING fts5(
        title,
        text,
        content = 'notes',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      CREATE TRIGGER notes_after_insert AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
      END;
      CREATE TRIGGER notes_after_delete AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, title, text)
          VALUES ('delete', old.id, old.title, old.text);
      END;
      CREATE TRIGGER notes_after_update AFTER UPDATE OF title, text ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, title, text)
          VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO notes_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
      END;

      CREATE TABLE note_links (
        id INTEGER PRIMARY KEY,
        note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('quote', 'citation')),
        passage_id INTEGER NOT NULL,
        highlight_id INTEGER,
        document_id INTEGER NOT NULL,
        quoted_text TEXT NOT NULL,
        source_title TEXT NOT NULL,
        source_outlet TEXT,
        source_author TEXT,
        source_published_at TEXT,
        source_url TEXT
      );
      CREATE INDEX note_links_note ON note_links(note_id);
      CREATE INDEX note_links_passage ON note_links(passage_id);
      CREATE INDEX note_links_highlight ON note_links(highlight_id);
    `);
  },
};
