import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { initialSchema } from './001-initial-schema';
import { eventsSchema } from './005-events';
import { migrate, schemaVersion } from './index';

function database(): DatabaseSync {
  const db = new DatabaseSync(':memory:', { enableForeignKeyConstraints: true });
  // The vector table needs sqlite-vec; this test only needs documents and passages.
  const withoutVectors: typeof initialSchema = {
    ...initialSchema,
    up: (target) => {
      target.exec(`CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT);
        CREATE TABLE passages (id INTEGER PRIMARY KEY, document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE);`);
    },
  };
  migrate(db, [withoutVectors, eventsSchema]);
  db.exec(
    "INSERT INTO documents (id, title) VALUES (1, 'a'); INSERT INTO passages (id, document_id) VALUES (7, 1)",
  );
  return db;
}

const insert = `INSERT INTO events (document_id, passage_id, mention, mention_start, mention_end, summary,
  spec, date, date_start, date_end, precision, resolution, origin, created_at)
  VALUES (1, 7, 'mardi', 0, 5, 'Il a parlé mardi.', '{}', ?, ?, ?, ?, ?, 'extracted', 'now')`;

describe('migration 005: timeline events', () => {
  it('creates the events table at schema version 5', () => {
    const db = database();
    expect(schemaVersion(db)).toBe(5);
    db.prepare(insert).run('2024-10-22', '2024-10-22T00:00', '2024-10-22T23:59', 'day', 'relative');
    db.prepare(insert).run(null, null, null, null, 'unresolved');
    expect(db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 2 });
  });

  it('refuses an unresolved event with a date and an unknown precision', () => {
    const db = database();
    expect(() => db.prepare(insert).run('2024-10-22', null, null, 'day', 'unresolved')).toThrow();
    expect(() => db.prepare(insert).run('2024-10-22', null, null, 'week', 'relative')).toThrow();
  });

  it('removes events with their document', () => {
    const db = database();
    db.prepare(insert).run('2024-10', '2024-10-01T00:00', '2024-10-31T23:59', 'month', 'relative');
    db.exec('DELETE FROM passages; DELETE FROM documents');
    expect(db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 0 });
  });
});
