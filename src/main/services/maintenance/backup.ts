import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { backup, DatabaseSync } from 'node:sqlite';
import { dirname, isAbsolute, join } from 'node:path';
import type { BackupOutcome } from '../../../shared/maintenance';
import { RecoupeError } from '../../../shared/result';
import { DATABASE_FILE, openDatabase, vectorExtensionPath } from '../../db/connection';
import { processesUsing } from '../../db/in-use';
import { refuseNewer, schemaVersion } from '../../db/migrations';

/** A file-name-safe timestamp: 2026-11-22T02-41-35. */
export function stamp(date = new Date()): string {
  return date.toISOString().slice(0, 19).replace(/:/g, '-');
}

/** The default place of a new backup: the data folder's backups/, one dated file each. */
export function defaultBackupPath(dataDir: string): string {
  return join(dataDir, 'backups', `corpus-${stamp()}.sqlite`);
}

/**
 * Copies the open corpus to `path` with SQLite's online backup, so the app keeps running and
 * the copy is one consistent moment. It is written under a temporary name and renamed when
 * complete: a crash mid-copy never leaves a file that looks like a finished backup.
 */
export async function backupDatabase(db: DatabaseSync, path: string): Promise<BackupOutcome> {
  if (!isAbsolute(path)) {
    throw new RecoupeError('invalid-input', `The backup path must be absolute: ${path}.`);
  }
  if (existsSync(path)) {
    throw new RecoupeError('invalid-input', `${path} already exists; choose a new file name.`);
  }
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  try {
    await backup(db, partial);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return { path, bytes: statSync(path).size };
}

/** What a restore did. */
export interface RestoreOutcome {
  restored: string;
  /** Where the corpus it replaced was moved, if there was one. */
  previous: string | null;
}

/** Opens a backup read-only and checks it is a sound corpus this build can open. */
export function verifyBackup(from: string): void {
  let source: DatabaseSync;
  try {
    source = new DatabaseSync(from, { readOnly: true, allowExtension: true });
    source.loadExtension(vectorExtensionPath());
  } catch (error) {
    throw new RecoupeError(
      'invalid-input',
      `${from} cannot be opened as a Recoupe backup: ${(error as Error).message}`,
    );
  }
  try {
    const version = schemaVersion(source);
    if (version === 0) throw new RecoupeError('invalid-input', `${from} is not a Recoupe corpus.`);
    refuseNewer(version);
    const integrity = source.prepare('PRAGMA integrity_check(1)').get() as {
      integrity_check: string;
    };
    if (integrity.integrity_check !== 'ok') {
      throw new RecoupeError(
        'invalid-input',
        `${from} is damaged (${integrity.integrity_check}); choose another backup.`,
      );
    }
  } catch (error) {
    if (error instanceof RecoupeError) throw error;
    throw new RecoupeError(
      'invalid-input',
      `${from} is not a Recoupe corpus: ${(error as Error).message}`,
    );
  } finally {
    source.close();
  }
}

/**
 * Replaces the corpus in `dataDir` with a backup; run it with the app closed. An existing
 * corpus is only replaced with `force`, and even then it is moved aside, never deleted. The
 * restored copy is opened once so an older backup is migrated (after its own automatic copy).
 */
export async function restoreCorpus(
  dataDir: string,
  from: string,
  options: { force?: boolean } = {},
): Promise<RestoreOutcome> {
  if (!existsSync(from)) throw new RecoupeError('not-found', `${from} does not exist.`);
  verifyBackup(from);
  const target = join(dataDir, DATABASE_FILE);
  let previous: string | null = null;
  if (existsSync(target)) {
    if (!options.force) {
      throw new RecoupeError(
        'invalid-input',
        `${dataDir} already holds a corpus; add --force to replace it (it is kept as ${DATABASE_FILE}.before-restore-….bak).`,
      );
    }
    const users = processesUsing(dataDir);
    if (users.length > 0) {
      throw new RecoupeError(
        'storage-failed',
        `Recoupe is still using this corpus (process ${users.join(', ')}): close the app (and any \`npm run serve\`), then restore again.`,
      );
    }
    previous = `${target}.before-restore-${stamp()}.bak`;
    setAside(target, previous);
  }
  mkdirSync(dataDir, { recursive: true });
  // The copy is made beside the corpus and renamed over it once whole: a kill at any moment
  // leaves either the old corpus or the restored one, never a half-written file.
  const restoring = `${target}.restoring`;
  rmSync(restoring, { force: true });
  const source = new DatabaseSync(from, { readOnly: true });
  try {
    await backup(source, restoring);
  } finally {
    source.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(restoring, target);
  openDatabase(target).close();
  return { restored: target, previous };
}

/**
 * Folds the write-ahead log into the database file, then moves the file to `aside`. SQLite's
 * exclusive lock is taken first, so a process caught mid-transaction stops the restore too.
 */
function setAside(file: string, aside: string): void {
  const current = new DatabaseSync(file);
  try {
    current.exec('PRAGMA locking_mode = EXCLUSIVE');
    current.exec('BEGIN EXCLUSIVE');
    current.exec('COMMIT');
  } catch {
    current.close();
    throw new RecoupeError(
      'storage-failed',
      'Recoupe is still using this corpus: close the app (and any `npm run serve`), then restore again.',
    );
  }
  try {
    current.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    current.close();
  }
  // Copied, not moved: the corpus stays in place until the restored copy replaces it whole.
  copyFileSync(file, aside);
}
