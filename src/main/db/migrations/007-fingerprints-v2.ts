import type { Migration } from './index';

/**
 * Document fingerprints changed hash functions (each shingle is now hashed once, then mixed per
 * MinHash function), so signatures stored by older builds no longer compare with new ones.
 * Quotes, figures and fingerprints are all derived from the text: dropping them lets the
 * cross-check start-up pass (`indexMissingDocuments`) rebuild them, with no user data lost.
 */
export const fingerprintsVersion2: Migration = {
  version: 7,
  name: 'fingerprints rebuilt with the faster MinHash',
  up(db) {
    db.exec(`
      DELETE FROM fingerprint_bands;
      DELETE FROM document_fingerprints;
      DELETE FROM quotes;
      DELETE FROM figures;
    `);
  },
};
