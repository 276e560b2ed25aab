import { DatabaseSync } from 'node:sqlite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RecoupeError } from '../../../shared/result';
import { openDatabase } from '../connection';
import { migrate, schemaVersion, SCHEMA_VERSION, type Migration } from './index';

const folders: string[] = [];
function databaseFile(): string {
  const folder = mkdtempSync(join(tmpdir(), 'recoupe-migrations-'));
  folders.push(folder);
  return join(folder, 'corpus.sqlite');
}
afterEach(() =>
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })),
);

describe('migrations', () => {
  it('creates the schema on a new database and records its version', () => {
    const db = openDatabase(databaseFile());
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    const names = tables.map((row) => (row as { name: string }).name);
    expect(names).toEqual(
      expect.arrayContaining(['documents', 'passages', 'passages_fts', 'passage_vectors']),
    );
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
    db.close();
  });

  it('reopens an up-to-date database without running anything again', () => {
    const file = databaseFile();
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database written by a newer build, naming both versions', () => {
    const file = databaseFile();
    const raw = new DatabaseSync(file);
    raw.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(RecoupeError);
    expect(() => openDatabase(file)).toThrow(
      new RegExp(`schema ${SCHEMA_VERSION + 5}.*schema ${SCHEMA_VERSION}`),
    );
  });

  it('rolls back every step of a migration run that fails part-way', () => {
    const db = new DatabaseSync(':memory:');
    const steps: Migration[] = [
      { version: 1, name: 'good', up: (target) => target.exec('CREATE TABLE kept (id INTEGER)') },
      { version: 2, name: 'bad', up: (target) => target.exec('CREATE TABLE broken (') },
    ];
    expect(() => migrate(db, steps)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'kept'").get()).toEqual(
      { n: 0 },
    );
    db.close();
  });
});

describe('migration 003: highlights', () => {
  it('creates the highlights table, whose rows outlive their document as orphans', () => {
    const db = openDatabase(databaseFile());
    db.prepare(
      `INSERT INTO documents (content_hash, file_name, format, title, imported_at, original, text)
       VALUES ('h', 'a.txt', 'txt', 'A', '2024-01-01', x'00', 'Un texte.')`,
    ).run();
    db.prepare(
      `INSERT INTO highlights (document_id, document_title, exact, prefix, suffix, start_offset,
         end_offset, color, created_at, updated_at)
       VALUES (1, 'A', 'texte', 'Un ', '.', 3, 8, 'yellow', 'now', 'now')`,
    ).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO highlights (document_id, document_title, exact, prefix, suffix,
             start_offset, end_offset, color, created_at, updated_at)
           VALUES (1, 'A', 'x', '', '', 5, 5, 'yellow', 'now', 'now')`,
        )
        .run(),
    ).toThrow();
    db.prepare('DELETE FROM documents WHERE id = 1').run();
    expect(db.prepare('SELECT document_id, status, exact FROM highlights').all()).toEqual([
      { document_id: null, status: 'orphaned', exact: 'texte' },
    ]);
    db.close();
  });
});
