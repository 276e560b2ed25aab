import type { Migration } from './index';

/**
 * Cross-checking: quotes and figures extracted at import, document fingerprints (MinHash
 * bands) to find syndicated copies, and a vocabulary view of the FTS index whose passage
 * counts tell distinctive words from common ones.
 */
export const crosscheckSchema: Migration = {
  version: 6,
  name: 'quotes, figures, fingerprints',
  up(db) {
    db.exec(`
      CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        text TEXT NOT NULL,
        speaker TEXT,
        stems TEXT NOT NULL
      );
      CREATE INDEX quotes_document ON quotes(document_id);
      CREATE INDEX quotes_passage ON quotes(passage_id);

      CREATE TABLE figures (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        text TEXT NOT NULL,
        value REAL NOT NULL,
        approximate INTEGER NOT NULL CHECK (approximate IN (0, 1)),
        unit TEXT NOT NULL,
        context TEXT NOT NULL
      );
      CREATE INDEX figures_passage ON figures(passage_id);
      CREATE INDEX figures_unit ON figures(unit, value);

      CREATE TABLE document_fingerprints (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        signature TEXT NOT NULL
      );
      CREATE TABLE fingerprint_bands (
        band INTEGER NOT NULL,
        hash INTEGER NOT NULL,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        PRIMARY KEY (band, hash, document_id)
      ) WITHOUT ROWID;

      CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages_fts, 'row');
    `);
  },
};
