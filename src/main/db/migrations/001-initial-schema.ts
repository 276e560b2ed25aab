import type { Migration } from './index';

/** Dimensions of the vector table created with the schema (the built-in lexical embedder's). */
export const INITIAL_VECTOR_DIMENSIONS = 256;

/** Documents, passages, their FTS5 index and their sqlite-vec table. */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        file_name TEXT NOT NULL,
        format TEXT NOT NULL,
        title TEXT NOT NULL,
        outlet TEXT,
        author TEXT,
        url TEXT,
        language TEXT,
        published_at TEXT,
        published_at_source TEXT CHECK (published_at_source IN ('metadata', 'text', 'file', 'user')),
        imported_at TEXT NOT NULL,
        original BLOB NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX documents_published_at ON documents(published_at);
      CREATE INDEX documents_outlet ON documents(outlet);

      CREATE TABLE passages (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (document_id, ordinal),
        CHECK (start_offset >= 0 AND end_offset >= start_offset)
      );

      CREATE VIRTUAL TABLE passages_fts USING fts5(
        text,
        content = 'passages',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );

      CREATE VIRTUAL TABLE passage_vectors USING vec0(
        embedding float[${INITIAL_VECTOR_DIMENSIONS}] distance_metric=cosine,
        document_id integer
      );

      -- Triggers keep both indexes in step with passages, whichever code path writes them.
      CREATE TRIGGER passages_after_insert AFTER INSERT ON passages BEGIN
        INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER passages_after_delete AFTER DELETE ON passages BEGIN
        INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
        DELETE FROM passage_vectors WHERE rowid = old.id;
      END;
      CREATE TRIGGER passages_after_update AFTER UPDATE OF text ON passages BEGIN
        INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text);
      END;
    `);
    db.prepare('INSERT INTO settings(key, value) VALUES (?, ?)').run(
      'vector_dimensions',
      String(INITIAL_VECTOR_DIMENSIONS),
    );
  },
};
