import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { openCorpus } from '../../../src/main/app/corpus';
import {
  DATABASE_FILE,
  preMigrationBackupPath,
  vectorExtensionPath,
} from '../../../src/main/db/connection';
import { SCHEMA_VERSION, schemaVersion } from '../../../src/main/db/migrations';
import { verifyBackup } from '../../../src/main/services/maintenance/backup';
import {
  consistencyProblems,
  preparedCorpus,
  runAndKill,
  savedWorkProblems,
  type CrashRun,
} from './harness';
import { everyDocument } from '../library';

/** The schema the crash test takes a corpus back to: the reopen then runs migrations 9 to 15. */
export const OLDER_SCHEMA = 8;

/**
 * Undoes migrations 15 to 9 on a corpus of this build (each only adds tables, columns and
 * indexes, so dropping them leaves the rows a schema-8 corpus holds). Migrating it again
 * rewrites every document row (migration 10's dates) and indexes them all (migration 9): work
 * long enough for a kill to land inside it. Update this list when a migration is added.
 */
const UNDO = `
  DROP INDEX documents_ranged;
  DROP INDEX fingerprint_bands_document;
  DROP INDEX documents_hint_targets;
  DROP INDEX figures_document;
  DROP TABLE telegram_posts;
  DROP TABLE telegram_channels;
  ALTER TABLE events DROP COLUMN block_kind;
  ALTER TABLE events DROP COLUMN block_ordinal;
  DROP INDEX quotes_stems;
  ALTER TABLE documents DROP COLUMN published_basis;
  ALTER TABLE documents DROP COLUMN published_precision;
  ALTER TABLE documents DROP COLUMN published_earliest;
  ALTER TABLE documents DROP COLUMN published_latest;
  ALTER TABLE documents DROP COLUMN attribution;
  ALTER TABLE documents DROP COLUMN file_modified_at;
  DROP INDEX documents_newest;
  DROP INDEX documents_oldest;
  DROP INDEX documents_title;
  DROP INDEX documents_by_outlet;
  DROP INDEX documents_language;
  PRAGMA user_version = ${OLDER_SCHEMA};
`;

/** A closed corpus of `files` (a highlight each, a note) at schema 8; returns its file. */
export async function olderCorpus(folder: string, files: string[]): Promise<string> {
  if (SCHEMA_VERSION !== 15) {
    throw new Error(`migration.ts undoes migrations 15 to 9; this build is at ${SCHEMA_VERSION}`);
  }
  await preparedCorpus(folder, files);
  const file = join(folder, DATABASE_FILE);
  const db = new DatabaseSync(file, { allowExtension: true });
  try {
    db.loadExtension(vectorExtensionPath());
    db.exec(UNDO);
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  return file;
}

/** A corpus file's schema version, SQLite's verdict and its saved rows, without migrating. */
function rawState(file: string): { version: number; sound: string; saved: string } {
  const db = new DatabaseSync(file, { readOnly: true, allowExtension: true });
  try {
    db.loadExtension(vectorExtensionPath());
    const integrity = db.prepare('PRAGMA integrity_check(1)').get() as { integrity_check: string };
    const counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM documents) || ' documents, ' ||
                (SELECT count(*) FROM highlights) || ' highlights, ' ||
                (SELECT count(*) FROM notes) || ' notes' AS saved`,
      )
      .get() as { saved: string };
    return { version: schemaVersion(db), sound: integrity.integrity_check, saved: counts.saved };
  } finally {
    db.close();
  }
}

/**
 * Copies the schema-8 corpus `older` into `dataDir`, kills the process migrating it as it
 * opens, then checks: the file is at schema 8 or at this build's, sound either way; the
 * pre-migration copy, where one is listed, is sound; the corpus then opens (finishing the
 * migration), passes `check`, and holds every document, highlight and the note.
 */
export async function crashMigration(
  dataDir: string,
  older: string,
  documents: number,
  killAfterMs: number,
  /** Start with the pre-migration copy already made (an earlier open killed after copying):
   * the reopen goes straight into the migration, so the kill lands inside it. */
  copiedBefore = false,
): Promise<CrashRun> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DATABASE_FILE);
  copyFileSync(older, file);
  if (copiedBefore) copyFileSync(older, preMigrationBackupPath(file, SCHEMA_VERSION));
  const timing = {};
  const lines = await runAndKill(['migrate', dataDir], killAfterMs, timing);
  const problems: string[] = [];
  const killed = rawState(file);
  if (killed.version !== OLDER_SCHEMA && killed.version !== SCHEMA_VERSION) {
    problems.push(`the kill left schema ${killed.version}`);
  }
  if (killed.sound !== 'ok') problems.push(`integrity_check after the kill: ${killed.sound}`);
  const expected = `${documents} documents, ${documents} highlights, 1 notes`;
  if (killed.saved !== expected) problems.push(`after the kill: ${killed.saved}, not ${expected}`);
  const backup = preMigrationBackupPath(file, SCHEMA_VERSION);
  const copied = existsSync(backup);
  const stage =
    killed.version === SCHEMA_VERSION
      ? 'after the migration'
      : copiedBefore
        ? 'before or inside the migration (copy made earlier)'
        : copied
          ? 'inside the migration'
          : 'before or inside the copy';
  if (killed.version === SCHEMA_VERSION && !existsSync(backup)) {
    problems.push('migrated without the pre-migration copy');
  }
  const corpus = openCorpus(dataDir, { buildVectorIndex: false });
  let found = 0;
  try {
    if (schemaVersion(corpus.db) !== SCHEMA_VERSION) problems.push('the reopen did not migrate');
    problems.push(...(await consistencyProblems(corpus)));
    found = (await everyDocument(corpus.handlers)).length;
    problems.push(...(await savedWorkProblems(corpus, documents)));
  } finally {
    corpus.close();
  }
  if (!existsSync(backup)) problems.push('no pre-migration copy after the reopen');
  else {
    try {
      verifyBackup(backup);
      const copy = rawState(backup);
      if (copy.version !== OLDER_SCHEMA)
        problems.push(`the pre-migration copy is at ${copy.version}`);
      if (copy.saved !== expected) problems.push(`the pre-migration copy holds ${copy.saved}`);
    } catch (error) {
      problems.push(`the pre-migration copy: ${(error as Error).message}`);
    }
  }
  return {
    mode: 'migrate',
    killAfterMs,
    reported: lines.includes('done') ? 1 : 0,
    found,
    finished: lines.includes('done'),
    stage,
    timing,
    problems,
  };
}
