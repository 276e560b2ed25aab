import { DatabaseSync } from 'node:sqlite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RecoupeError } from '../../../shared/result';
import { openDatabase, vectorExtensionPath } from '../connection';
import { migrate, migrations, schemaVersion, SCHEMA_VERSION, type Migration } from './index';

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

describe('migration 002 (import blocks)', () => {
  it('adds blocks, field sources and corrections to a schema-1 corpus, keeping its documents', () => {
    const db = new DatabaseSync(':memory:', { allowExtension: true });
    db.loadExtension(vectorExtensionPath());
    migrate(db, migrations.slice(0, 1));
    db.prepare(
      `INSERT INTO documents (content_hash, file_name, format, title, imported_at, original, text)
       VALUES ('h', 'a.txt', 'txt', 'A', '2024-01-01', x'00', 'Texte.')`,
    ).run();
    migrate(db, migrations.slice(0, 2));
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT field_sources, corrections, text_hash FROM documents').get()).toEqual(
      { field_sources: '{}', corrections: '{}', text_hash: null },
    );
    db.prepare(
      "INSERT INTO document_blocks (document_id, ordinal, kind, included, text) VALUES (1, 0, 'menu', 0, 'Menu')",
    ).run();
    db.prepare('DELETE FROM documents').run();
    expect(db.prepare('SELECT count(*) AS n FROM document_blocks').get()).toEqual({ n: 0 });
    db.close();
  });
});
