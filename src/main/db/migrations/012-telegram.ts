import type { Migration } from './index';

/**
 * Telegram channel exports: one export file holds many posts, each its own document, known by
 * its channel and post id so a later export of the same channel adds only the new posts. A
 * channel is matched by Telegram's id where the export gives it (result.json) and by its name
 * otherwise (the HTML export names the channel but not its id); its public name (the t.me
 * address) is not in any export, so the user gives it once and it is kept here.
 */
export const telegramSchema: Migration = {
  version: 12,
  name: 'telegram channels and posts',
  up(db) {
    db.exec(`
      CREATE TABLE telegram_channels (
        id INTEGER PRIMARY KEY,
        telegram_id TEXT UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        public_name TEXT
      );
      CREATE INDEX telegram_channels_name ON telegram_channels(name);
      CREATE TABLE telegram_posts (
        channel_id INTEGER NOT NULL REFERENCES telegram_channels(id) ON DELETE CASCADE,
        post_id INTEGER NOT NULL,
        document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
        PRIMARY KEY (channel_id, post_id)
      ) WITHOUT ROWID;
    `);
  },
};
