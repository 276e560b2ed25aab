import type { Migration } from './index';

/**
 * Indexes for the paged library (`corpus:page`): one per sort order, so a page is read in
 * index order instead of sorting every document, each carrying the filtered columns (outlet,
 * language, date) so filters are checked in the index without reading the documents' rows,
 * whose text and original file make them large. The expressions match those in
 * `LibraryRepository` exactly: SQLite uses an expression index only for the same expression.
 */
export const libraryOrder: Migration = {
  version: 9,
  name: 'library sort indexes',
  up(db) {
    db.exec(`
      CREATE INDEX documents_newest
        ON documents((published_at IS NULL), published_at DESC, id DESC, outlet, language);
      CREATE INDEX documents_oldest
        ON documents((published_at IS NULL), published_at, id, outlet, language);
      CREATE INDEX documents_title
        ON documents(title COLLATE NOCASE, id, outlet, language, published_at);
      CREATE INDEX documents_by_outlet
        ON documents((outlet IS NULL), outlet COLLATE NOCASE, (published_at IS NULL),
          published_at DESC, id DESC, language);
      CREATE INDEX documents_language ON documents(language);
    `);
  },
};
