import type { Migration } from './index';

/**
 * Keeps how each document's publish date is known (stated, page metadata, estimated, set by
 * the user), how finely (a day, a month, a range with its bounds), the evidence behind it and
 * behind the outlet, author and title, and the file's own time (an upper bound that
 * re-processing needs once the file is gone). Dates already stored keep their basis.
 */
export const publishEvidence: Migration = {
  version: 10,
  name: 'publish date basis, precision and evidence',
  up(db) {
    db.exec(`
      ALTER TABLE documents ADD COLUMN published_basis TEXT
        CHECK (published_basis IN ('stated', 'metadata', 'estimated', 'user'));
      ALTER TABLE documents ADD COLUMN published_precision TEXT
        CHECK (published_precision IN ('day', 'month', 'range'));
      ALTER TABLE documents ADD COLUMN published_earliest TEXT;
      ALTER TABLE documents ADD COLUMN published_latest TEXT;
      ALTER TABLE documents ADD COLUMN attribution TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE documents ADD COLUMN file_modified_at TEXT;
      -- Documents sharing a quotation date one another (the corpus hint): found by its stems.
      CREATE INDEX quotes_stems ON quotes(stems);

      UPDATE documents SET
        published_basis = CASE published_at_source
          WHEN 'text' THEN 'stated' WHEN 'user' THEN 'user' ELSE 'metadata' END,
        published_precision = 'day',
        published_earliest = substr(published_at, 1, 10),
        published_latest = substr(published_at, 1, 10)
      WHERE published_at IS NOT NULL;
    `);
  },
};
