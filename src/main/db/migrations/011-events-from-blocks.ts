import type { Migration } from './index';

/**
 * Events read from set-aside blocks (photo captions): which kind of block and which block
 * said it. Their mention offsets count in that block's text, and their passage is the one
 * next to where the block stood, so the reader opens near it. Existing events are article
 * text (NULL); captions of older corpora are read when a document is next re-indexed.
 */
export const eventsFromBlocks: Migration = {
  version: 11,
  name: 'timeline events from captions',
  up(db) {
    db.exec(`
      ALTER TABLE events ADD COLUMN block_kind TEXT;
      ALTER TABLE events ADD COLUMN block_ordinal INTEGER;
    `);
  },
};
