import type { Migration } from './index';

/** Timeline events: a date read from a passage, how it was resolved, and what the user did. */
export const eventsSchema: Migration = {
  version: 5,
  name: 'timeline events',
  up(db) {
    db.exec(`
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
        -- The exact words that dated the event, and where they sit in the passage's text.
        mention TEXT NOT NULL,
        mention_start INTEGER NOT NULL,
        mention_end INTEGER NOT NULL,
        summary TEXT NOT NULL,
        -- The expression as data (JSON), so a later publish date resolves it again; NULL when
        -- the user typed the date.
        spec TEXT,
        date TEXT,
        date_start TEXT,
        date_end TEXT,
        precision TEXT CHECK (precision IN ('time', 'day', 'month', 'year', 'span')),
        resolution TEXT NOT NULL
          CHECK (resolution IN ('absolute', 'relative', 'inferred', 'user', 'unresolved')),
        origin TEXT NOT NULL CHECK (origin IN ('extracted', 'user')),
        dismissed INTEGER NOT NULL DEFAULT 0 CHECK (dismissed IN (0, 1)),
        created_at TEXT NOT NULL,
        CHECK (mention_start >= 0 AND mention_end >= mention_start),
        CHECK ((date IS NULL) = (resolution = 'unresolved'))
      );
      CREATE INDEX events_document ON events(document_id);
      CREATE INDEX events_passage ON events(passage_id);
      CREATE INDEX events_start ON events(date_start);
    `);
  },
};
