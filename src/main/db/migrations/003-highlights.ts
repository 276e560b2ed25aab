import type { Migration } from './index';

/**
 * Highlights anchored by W3C Web Annotation selectors (TextQuote + TextPosition) into a
 * document's clean text. A deleted document leaves its highlights as orphans (document_id
 * NULL, status 'orphaned', its title kept) rather than dropping them.
 */
export const highlightsSchema: Migration = {
  version: 3,
  name: 'highlights',
  up(db) {
    db.exec(`
      CREATE TABLE highlights (
        id INTEGER PRIMARY KEY,
        document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
        document_title TEXT NOT NULL,
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        color TEXT NOT NULL CHECK (color IN ('yellow', 'green', 'blue', 'pink')),
        comment TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
        status TEXT NOT NULL DEFAULT 'anchored'
          CHECK (status IN ('anchored', 'moved', 'edited', 'orphaned')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (start_offset >= 0 AND end_offset > start_offset)
      );
      CREATE INDEX highlights_document ON highlights(document_id, start_offset);

      CREATE TRIGGER documents_before_delete_orphan_highlights BEFORE DELETE ON documents BEGIN
        UPDATE highlights SET status = 'orphaned' WHERE document_id = old.id;
      END;
    `);
  },
};
