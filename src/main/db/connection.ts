import { DatabaseSync } from 'node:sqlite';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getLoadablePath } from 'sqlite-vec';
import { RecoupeError } from '../../shared/result';
import { migrate, refuseNewer, SCHEMA_VERSION, schemaVersion } from './migrations';

/** The file name of the corpus inside the data folder. */
export const DATABASE_FILE = 'corpus.sqlite';

/**
 * sqlite-vec's loadable library path; inside a packaged Electron app the library is unpacked
 * next to the asar archive because SQLite cannot load a library from inside it.
 */
export function vectorExtensionPath(): string {
  return getLoadablePath().replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

/** Where the automatic copy is kept before migrating a corpus to schema `version`. */
export function preMigrationBackupPath(file: string, version: number): string {
  return `${file}.before-v${version}.bak`;
}

/**
 * Opens (creating if needed) a corpus database, loads sqlite-vec and runs pending migrations,
 * copying a non-empty database aside first. With `readOnly`, opens an existing corpus for
 * reading only: every write fails with SQLITE_READONLY, which surfaces as `read-only`.
 */
export function openDatabase(file: string, options: { readOnly?: boolean } = {}): DatabaseSync {
  if (options.readOnly) return openReadOnly(file);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file, { allowExtension: true, enableForeignKeyConstraints: true });
  try {
    db.loadExtension(vectorExtensionPath());
    db.exec('PRAGMA journal_mode = WAL');
    // NORMAL in WAL mode keeps every commit across a process crash (measured: DESIGN.md).
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('PRAGMA busy_timeout = 5000');
    migrate(db, undefined, {
      backupTo:
        file === ':memory:' ? undefined : (version) => preMigrationBackupPath(file, version),
    });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function openReadOnly(file: string): DatabaseSync {
  if (!existsSync(file)) {
    throw new RecoupeError(
      'read-only',
      `The data folder cannot be written and holds no corpus to read (${file}).`,
    );
  }
  try {
    return prepareReadOnly(new DatabaseSync(file, { readOnly: true, allowExtension: true }));
  } catch (error) {
    if (error instanceof RecoupeError) throw error;
    // A WAL corpus on a read-only drive cannot get its -shm index file; opened as immutable,
    // SQLite reads the file as it stands (nothing can write it there either).
    const url = pathToFileURL(file);
    url.searchParams.set('immutable', '1');
    return prepareReadOnly(new DatabaseSync(url, { readOnly: true, allowExtension: true }));
  }
}

function prepareReadOnly(db: DatabaseSync): DatabaseSync {
  try {
    db.loadExtension(vectorExtensionPath());
    // query_only also stops writes SQLite itself would allow on a read-only handle.
    db.exec('PRAGMA query_only = ON');
    db.exec('PRAGMA busy_timeout = 5000');
    const version = schemaVersion(db);
    refuseNewer(version);
    if (version < SCHEMA_VERSION) {
      throw new RecoupeError(
        'read-only',
        `This corpus needs an upgrade from schema ${version} to ${SCHEMA_VERSION}, which cannot be written in a read-only data folder.`,
      );
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Runs `work` inside one immediate transaction, rolling back if it throws. */
export function transaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const value = work();
    db.exec('COMMIT');
    return value;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
