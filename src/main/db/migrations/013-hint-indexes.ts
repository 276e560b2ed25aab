import type { Migration } from './index';

/**
 * Indexes the corpus date hint reads on every import. Without them each import scanned every
 * fingerprint band and every figure of the corpus (to read the new document's own) and every
 * document (to find the undated ones), so a 100,000-post Telegram export slowed down post
 * after post. Removing a document's bands and figures before re-processing it scanned them
 * all too.
 */
export const hintIndexes: Migration = {
  version: 13,
  name: 'indexes for the corpus date hint',
  up(db) {
    db.exec(`
      CREATE INDEX fingerprint_bands_document ON fingerprint_bands(document_id);
      CREATE INDEX figures_document ON figures(document_id);
      CREATE INDEX documents_undated ON documents(id) WHERE published_basis IS NULL;
    `);
  },
};
