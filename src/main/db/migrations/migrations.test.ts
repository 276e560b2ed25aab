import { DatabaseSync } from 'node:sqlite';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RecoupeError } from '../../../shared/result';
import { openDatabase, preMigrationBackupPath, vectorExtensionPath } from '../connection';
import { fixturesDir } from '../../../../tests/support/temp-corpus';
import { openCorpus } from '../../app/corpus';
import { migrate, migrations, schemaVersion, SCHEMA_VERSION, type Migration } from './index';
import { everyDocument } from '../../../../tests/support/library';

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

  it('adds the cross-check tables (quotes, figures, fingerprints, FTS vocabulary)', () => {
    const db = openDatabase(databaseFile());
    const names = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((row) => (row as { name: string }).name);
    expect(names).toEqual(
      expect.arrayContaining(['quotes', 'figures', 'document_fingerprints', 'fingerprint_bands']),
    );
    expect(db.prepare('SELECT count(*) AS n FROM passages_vocab').get()).toEqual({ n: 0 });
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

describe('automatic backup before migrating', () => {
  const first: Migration = {
    version: 1,
    name: 'first',
    up: (db) => db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('kept')"),
  };
  const second: Migration = {
    version: 2,
    name: 'second',
    up: (db) => db.exec('ALTER TABLE notes ADD COLUMN title TEXT'),
  };

  it('copies a non-empty database aside before running pending migrations', () => {
    const file = databaseFile();
    const db = new DatabaseSync(file);
    const backupTo = (version: number) => preMigrationBackupPath(file, version);
    migrate(db, [first], { backupTo });
    // A brand-new database has nothing to lose: no copy.
    expect(existsSync(backupTo(1))).toBe(false);
    migrate(db, [first, second], { backupTo });
    expect(schemaVersion(db)).toBe(2);
    db.close();

    expect(backupTo(2)).toBe(`${file}.before-v2.bak`);
    const copy = new DatabaseSync(backupTo(2), { readOnly: true });
    expect(schemaVersion(copy)).toBe(1);
    expect(copy.prepare('SELECT body FROM notes').all()).toEqual([{ body: 'kept' }]);
    copy.close();
  });

  it('keeps the first copy when a failed migration is tried again', () => {
    const file = databaseFile();
    const db = new DatabaseSync(file);
    const backupTo = (version: number) => preMigrationBackupPath(file, version);
    migrate(db, [first]);
    const broken: Migration = { version: 2, name: 'broken', up: (target) => target.exec('NOPE') };
    expect(() => migrate(db, [first, broken], { backupTo })).toThrow();
    db.exec("INSERT INTO notes VALUES ('written after the failure')");
    expect(() => migrate(db, [first, broken], { backupTo })).toThrow();
    db.close();
    const copy = new DatabaseSync(backupTo(2), { readOnly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 1 });
    copy.close();
  });
  it('never takes a copy cut short by a kill for the older original', () => {
    const file = databaseFile();
    const db = new DatabaseSync(file);
    const backupTo = (version: number) => preMigrationBackupPath(file, version);
    migrate(db, [first]);
    // What a process killed inside VACUUM INTO leaves: the first pages of a copy.
    writeFileSync(`${backupTo(2)}.part`, readFileSync(file).subarray(0, 100));
    migrate(db, [first, second], { backupTo });
    db.close();
    expect(existsSync(`${backupTo(2)}.part`)).toBe(false);
    const copy = new DatabaseSync(backupTo(2), { readOnly: true });
    expect(copy.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    expect(copy.prepare('SELECT body FROM notes').all()).toEqual([{ body: 'kept' }]);
    copy.close();
  });
});

describe('automatic backup of a real corpus', () => {
  it('copies full-text and vector tables whole, so the copy opens and checks clean', async () => {
    const file = databaseFile();
    const corpus = openCorpus(join(file, '..'));
    await corpus.handlers['corpus:import']({
      sources: [{ kind: 'path', path: join(fixturesDir, 'brenne-flood-wire.md') }],
    });
    const next: Migration = { version: SCHEMA_VERSION + 1, name: 'next', up: () => {} };
    migrate(corpus.db, [...migrations, next], {
      backupTo: (version) => preMigrationBackupPath(file, version),
    });
    corpus.close();

    const restoredDir = join(file, '..', 'restored');
    mkdirSync(restoredDir);
    renameSync(
      preMigrationBackupPath(file, SCHEMA_VERSION + 1),
      join(restoredDir, 'corpus.sqlite'),
    );
    const copy = openCorpus(restoredDir);
    expect(await everyDocument(copy.handlers)).toHaveLength(1);
    expect((await copy.handlers['corpus:check']({ repair: false })).ok).toBe(true);
    copy.close();
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
