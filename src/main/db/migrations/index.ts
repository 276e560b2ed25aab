import { existsSync, renameSync, rmSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { RecoupeError } from '../../../shared/result';
import { initialSchema } from './001-initial-schema';
import { importBlocks } from './002-import-blocks';
import { highlightsSchema } from './003-highlights';
import { notesSchema } from './004-notes';
import { eventsSchema } from './005-events';
import { crosscheckSchema } from './006-crosscheck';
import { fingerprintsVersion2 } from './007-fingerprints-v2';
import { vectorLog } from './008-vector-log';
import { libraryOrder } from './009-library-order';
import { publishEvidence } from './010-publish-evidence';
import { eventsFromBlocks } from './011-events-from-blocks';
import { telegramSchema } from './012-telegram';
import { hintIndexes } from './013-hint-indexes';
import { hintTargets } from './014-hint-targets';
import { publishedRanges } from './015-published-ranges';

/** One forward-only schema step. */
export interface Migration {
  version: number;
  name: string;
  up(db: DatabaseSync): void;
}

/** Every migration in order; the last one's version is this build's schema version. */
export const migrations: readonly Migration[] = [
  initialSchema,
  importBlocks,
  highlightsSchema,
  notesSchema,
  eventsSchema,
  crosscheckSchema,
  fingerprintsVersion2,
  vectorLog,
  libraryOrder,
  publishEvidence,
  eventsFromBlocks,
  telegramSchema,
  hintIndexes,
  hintTargets,
  publishedRanges,
];

/** The schema version this build writes. */
export const SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;

/** Reads `PRAGMA user_version`. */
export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

/** Refuses a database written by a newer build (its schema could hold data this build would damage). */
export function refuseNewer(current: number, target = SCHEMA_VERSION): void {
  if (current > target) {
    throw new RecoupeError(
      'database-newer',
      `This corpus was written by a newer version of Recoupe (schema ${current}); this version understands schema ${target} at most. Update Recoupe to open it.`,
    );
  }
}

/**
 * Brings the database up to the last migration's version in one transaction, or refuses a
 * database written by a newer build. A database that already holds a schema is first copied
 * to `backupTo(target)` (kept if it exists: it is the older original), so a migration that
 * goes wrong never costs the researcher their corpus.
 */
export function migrate(
  db: DatabaseSync,
  list: readonly Migration[] = migrations,
  options: { backupTo?: (target: number) => string } = {},
): void {
  const current = schemaVersion(db);
  const target = list.at(-1)?.version ?? 0;
  refuseNewer(current, target);
  const pending = list.filter((migration) => migration.version > current);
  if (pending.length === 0) return;
  const backup = current > 0 ? options.backupTo?.(target) : undefined;
  // VACUUM INTO, not the asynchronous backup API: opening a corpus is synchronous, and it
  // writes a consistent, compact copy in one statement. It writes under another name, renamed
  // once whole: a process killed mid-copy left a partial file here that the next open kept as
  // the older original (found by the crash test's migration kills).
  if (backup && !existsSync(backup)) {
    const partial = `${backup}.part`;
    rmSync(partial, { force: true });
    db.prepare('VACUUM INTO ?').run(partial);
    renameSync(partial, backup);
  }
  db.exec('BEGIN IMMEDIATE');
  try {
    for (const migration of pending) {
      migration.up(db);
      db.exec(`PRAGMA user_version = ${migration.version}`);
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
