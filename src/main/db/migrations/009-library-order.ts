import type { Migration } from './index';

// Accented letters of French, Spanish, German and Portuguese titles, folded to their base.
const folds =
  'àa âa äa áa ãa åa çc ée èe êe ëe íi ìi îi ïi ñn óo òo ôo öo õo úu ùu ûu üu ýy ÿy œoe æae ßss';

/**
 * A sort key for text in plain SQL: lower case, accents folded, so "État" sorts with "etat"
 * and not after "z" (NOCASE folds ASCII only, and SQLite has no collation for accents). The
 * expression is part of the indexes below: queries must use exactly this text (frozen here;
 * a different key needs a new migration).
 */
export function sortKey(column: string): string {
  let expression = `lower(${column})`;
  for (const fold of folds.split(' ')) {
    const [letter, base] = [fold[0]!, fold.slice(1)];
    for (const variant of new Set([letter, letter.toUpperCase()])) {
      // Upper-case variants too: lower() leaves non-ASCII letters as they are.
      if (variant.length === 1) expression = `replace(${expression}, '${variant}', '${base}')`;
    }
  }
  return expression;
}

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
        ON documents(${sortKey('title')}, id, outlet, language, published_at);
      CREATE INDEX documents_by_outlet
        ON documents((outlet IS NULL), ${sortKey('outlet')}, (published_at IS NULL),
          published_at DESC, id DESC, outlet, language);
      CREATE INDEX documents_language ON documents(language);
    `);
  },
};
