import type { Migration } from './index';

/**
 * Keeps every block of an imported file with what the cleaning rules called it (body or a
 * kind of boilerplate), so removed parts are never lost and a wrong call can be undone per
 * block; records where each document field came from, the user's corrections (kept across
 * re-processing), and a hash of the clean text to spot the same article under other bytes.
 */
export const importBlocks: Migration = {
  version: 2,
  name: 'import blocks, field sources and corrections',
  up(db) {
    db.exec(`
      ALTER TABLE documents ADD COLUMN field_sources TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE documents ADD COLUMN corrections TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE documents ADD COLUMN text_hash TEXT;
      CREATE INDEX documents_text_hash ON documents(text_hash);

      CREATE TABLE document_blocks (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        kind TEXT NOT NULL,
        included INTEGER NOT NULL CHECK (included IN (0, 1)),
        overridden INTEGER NOT NULL DEFAULT 0 CHECK (overridden IN (0, 1)),
        page INTEGER,
        text TEXT NOT NULL,
        UNIQUE (document_id, ordinal)
      );
    `);
  },
};
