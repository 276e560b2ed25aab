import { DatabaseSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { getLoadablePath } from 'sqlite-vec';
import { migrate } from './migrations';

/** The file name of the corpus inside the data folder. */
export const DATABASE_FILE = 'corpus.sqlite';

/**
 * sqlite-vec's loadable library path; inside a packaged Electron app the library is unpacked
 * next to the asar archive because SQLite cannot load a library from inside it.
 */
export function vectorExtensionPath(): string {
  return getLoadablePath().replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

/** Opens (creating if needed) a corpus database, loads sqlite-vec and runs pending migrations. */
export function openDatabase(file: string): DatabaseSync {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file, { allowExtension: true, enableForeignKeyConstraints: true });
  try {
    db.loadExtension(vectorExtensionPath());
    db.exec('PRAGMA journal_mode = WAL');
    // NORMAL in WAL mode keeps every commit across a process crash (measured: DESIGN.md).
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('PRAGMA busy_timeout = 5000');
    migrate(db);
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
