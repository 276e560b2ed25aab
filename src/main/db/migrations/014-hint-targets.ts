import type { Migration } from './index';

/**
 * The corpus date hint dates again the documents it dated before, whenever a related article
 * with a date of its own arrives: otherwise two copies of one wire story, imported on either
 * side of that article, kept different estimates (the first read the corpus without it). The
 * index of the undated documents becomes the index of those the hint may date: undated, or
 * estimated from the corpus alone. Its condition is the one `HINT_TARGET` writes in queries.
 */
export const hintTargets: Migration = {
  version: 14,
  name: 'documents the corpus date hint may date again',
  up(db) {
    db.exec(`
      DROP INDEX documents_undated;
      CREATE INDEX documents_hint_targets ON documents(id)
        WHERE published_basis IS NULL
          OR (published_basis = 'estimated' AND attribution LIKE '%"kind":"corpus"%');
    `);
  },
};
