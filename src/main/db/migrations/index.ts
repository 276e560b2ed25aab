import type { DatabaseSync } from 'node:sqlite';
import { RecoupeError } from '../../../shared/result';
import { initialSchema } from './001-initial-schema';
import { highlightsSchema } from './003-highlights';

/** One forward-only schema step. */
export interface Migration {
  version: number;
  name: string;
  up(db: DatabaseSync): void;
}

/** Every migration in order; the last one's version is this build's schema version. */
export const migrations: readonly Migration[] = [initialSchema, highlightsSchema];

/** The schema version this build writes. */
export const SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;

/** Reads `PRAGMA user_version`. */
export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

/**
 * Brings the database up to SCHEMA_VERSION in one transaction, or refuses a database written
 * by a newer build (its schema could hold data this build would damage).
 */
export function migrate(db: DatabaseSync, list: readonly Migration[] = migrations): void {
  const current = schemaVersion(db);
  const target = list.at(-1)?.version ?? 0;
  if (current > target) {
    throw new RecoupeError(
      'database-newer',
      `This corpus was written by a newer version of Recoupe (schema ${current}); this version understands schema ${target} at most. Update Recoupe to open it.`,
    );
  }
  const pending = list.filter((migration) => migration.version > current);
  if (pending.length === 0) return;
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
