import { copyFileSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { backup, DatabaseSync } from 'node:sqlite';
import { basename, dirname, join } from 'node:path';
import type { HealthStatus } from '../../../shared/contracts/health.contract';
import { RecoupeError } from '../../../shared/result';
import { openDatabase } from '../../db/connection';
import { DERIVED_TABLE, HealthRepository } from '../../db/repositories/health.repo';
import { SettingsRepository } from '../../db/repositories/settings.repo';
import { schemaVersion } from '../../db/migrations';
import type { Embedder } from '../embedding/embedder';
import { runChecks } from '../maintenance/checks';
import { stamp, verifyBackup } from '../maintenance/backup';
import { logError } from '../support/error-log';
import { quickCheckOffThread } from './quick-check';

/** When the file was last found sound (ISO time), in the settings table. */
export const HEALTH_CHECKED_SETTING = 'health.checkedAt';
/** A sound corpus is checked again after this long. */
export const CHECK_EVERY_MS = 7 * 24 * 60 * 60 * 1000;

/** What the check needs besides the database. */
export interface HealthOptions {
  /** The corpus file (null in memory: nothing to check or restore). */
  file: string | null;
  embedder: Embedder;
  /** The marker `openCorpus` leaves when a process ended without closing the corpus. */
  uncleanMarker: string | null;
  now?: () => Date;
  /** Runs the check later (the app passes a short timer, so the window opens first). */
  defer?: (work: () => void) => void;
}

const idle = (): HealthStatus => ({
  state: 'unchecked',
  reason: null,
  checkedAt: null,
  damage: null,
  recovery: null,
  error: null,
});

/**
 * Checks the corpus file with `PRAGMA quick_check` after an unclean shutdown and once a week,
 * and on damage keeps it open for reading only and offers the way back: rebuild what is
 * derived from the passages when only that is hit, else put the newest sound backup in place.
 * The damaged file is always kept aside, never deleted.
 */
export class HealthService {
  private status = idle();
  private readonly now: () => Date;

  constructor(
    private readonly db: DatabaseSync,
    private readonly options: HealthOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** Why a check is due now, or null. A settings table that cannot be read makes it due. */
  due(): HealthStatus['reason'] {
    if (!this.options.file) return null;
    if (this.options.uncleanMarker && existsSync(this.options.uncleanMarker)) {
      return 'unclean-shutdown';
    }
    let last: string | undefined;
    try {
      last = new SettingsRepository(this.db).get(HEALTH_CHECKED_SETTING);
    } catch {
      return 'weekly';
    }
    const elapsed = last ? this.now().getTime() - Date.parse(last) : Infinity;
    return elapsed >= CHECK_EVERY_MS ? 'weekly' : null;
  }

  /** The state of the check; the first call starts it when it is due. */
  current(): HealthStatus {
    if (this.status.state === 'unchecked') {
      const reason = this.due();
      if (reason) {
        this.status = { ...idle(), state: 'checking', reason };
        const defer = this.options.defer ?? ((work) => setTimeout(work, 0).unref());
        // The corpus may have been closed meanwhile (the app quit, a test ended): a closed
        // file is not a damaged one, so the check is skipped rather than run on it.
        defer(() => {
          if (!this.db.isOpen) return;
          this.check(reason).catch((error: unknown) => {
            // Not started again until the next launch: a check that cannot run must not loop.
            const reference = logError('health check', error);
            this.status = { ...this.status, error: `The check could not run (${reference}).` };
          });
        });
      }
    }
    return structuredClone(this.status);
  }

  /**
   * Runs the check now (the deferred start calls it; tests call it directly): on a worker
   * thread with its own read-only connection, so the app stays responsive while every page is
   * read; on this connection only when no worker can open the file.
   */
  async check(reason: HealthStatus['reason']): Promise<HealthStatus> {
    const checkedAt = this.now().toISOString();
    const offThread = this.options.file ? await quickCheckOffThread(this.options.file) : null;
    // The corpus may have closed while the worker read it: a closed file is not a damaged one.
    if (!this.db.isOpen) return structuredClone(this.status);
    const repository = new HealthRepository(this.db);
    let lines = offThread?.lines;
    if (!lines) {
      try {
        lines = repository.quickCheck();
      } catch (error) {
        lines = [(error as Error).message];
      }
    }
    if (lines.length === 1 && lines[0] === 'ok') {
      this.status = { ...idle(), state: 'sound', reason, checkedAt };
      this.markSound(checkedAt);
      return structuredClone(this.status);
    }
    logError('health check', new Error(lines.slice(0, 20).join('\n')));
    const tables = offThread?.damagedTables ?? repository.damagedTables();
    const derivedOnly = tables.length > 0 && tables.every((table) => DERIVED_TABLE.test(table));
    // What can be read stays readable; nothing more is written to a damaged file.
    this.db.exec('PRAGMA query_only = ON');
    this.status = {
      ...idle(),
      state: 'damaged',
      reason,
      checkedAt,
      damage: { derivedOnly, tables, backup: this.newestSoundBackup() },
    };
    return structuredClone(this.status);
  }

  /** Makes the derived tables again in a fresh file from what is intact, then puts it in place. */
  async rebuild(): Promise<HealthStatus> {
    const file = this.damagedFile();
    if (!this.status.damage?.derivedOnly) {
      throw new RecoupeError(
        'invalid-input',
        'The damage reaches more than the indexes: restore the newest backup instead.',
      );
    }
    const fresh = `${file}.rebuild-${stamp(this.now())}`;
    return this.recover('rebuild', async () => {
      const rebuilt = openDatabase(fresh);
      try {
        new HealthRepository(rebuilt).copyKeptTablesFrom(file);
        await runChecks({ db: rebuilt, embedder: this.options.embedder }, { repair: true });
        await this.replaceLive(rebuilt, file, 'rebuild');
      } finally {
        rebuilt.close();
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${fresh}${suffix}`, { force: true });
      }
    });
  }

  /** Puts the newest backup that passes its check in place of the damaged file. */
  async restore(): Promise<HealthStatus> {
    const file = this.damagedFile();
    const chosen = this.status.damage?.backup ?? null;
    if (!chosen) {
      throw new RecoupeError(
        'not-found',
        'No sound backup was found in the data folder: the corpus stays open for reading; copy out what you need, or restore a backup from elsewhere with `recoupe restore`.',
      );
    }
    return this.recover('restore', async () => {
      const source = new DatabaseSync(chosen.path, { readOnly: true });
      try {
        if (schemaVersion(source) !== schemaVersion(this.db)) {
          throw new RecoupeError(
            'invalid-input',
            `${basename(chosen.path)} was written by another version of Recoupe: close Recoupe and run \`recoupe restore --from ${chosen.path} --force\`.`,
          );
        }
        await this.replaceLive(source, file, 'restore');
      } finally {
        source.close();
      }
    });
  }

  /** Records a sound check: the weekly clock restarts and the crash marker goes. */
  private markSound(checkedAt: string): void {
    try {
      new SettingsRepository(this.db).set(HEALTH_CHECKED_SETTING, checkedAt);
      if (this.options.uncleanMarker) rmSync(this.options.uncleanMarker, { force: true });
    } catch {
      // A read-only corpus is checked again next time; nothing else depends on the date.
    }
  }

  private damagedFile(): string {
    if (this.status.state !== 'damaged' || !this.options.file) {
      throw new RecoupeError('invalid-input', 'The corpus is not damaged: nothing to recover.');
    }
    return this.options.file;
  }

  private async recover(kind: 'rebuild' | 'restore', work: () => Promise<void>) {
    const before = this.status;
    this.status = { ...before, state: 'recovering', error: null };
    try {
      await work();
    } catch (error) {
      const reference = logError(`health ${kind}`, error);
      const message =
        error instanceof RecoupeError
          ? error.message
          : `The ${kind} failed (logged as ${reference}); the corpus is unchanged and stays open for reading.`;
      this.status = { ...before, error: message };
      throw new RecoupeError(
        error instanceof RecoupeError ? error.code : 'storage-failed',
        message,
      );
    }
    return structuredClone(this.status);
  }

  /**
   * Keeps the damaged file aside, then copies `source` over the live corpus with SQLite's
   * backup, which writes pages without reading the damaged ones; this connection sees the
   * new content at its next read.
   */
  private async replaceLive(
    source: DatabaseSync,
    file: string,
    kind: 'rebuild' | 'restore',
  ): Promise<void> {
    const kept = `${file}.damaged-${stamp(this.now())}.bak`;
    try {
      this.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } catch {
      // A damaged log is kept beside the file below.
    }
    copyFileSync(file, kept);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${kept}-wal`);
    this.db.exec('PRAGMA query_only = OFF');
    await backup(source, file);
    const lines = new HealthRepository(this.db).quickCheck();
    if (!(lines.length === 1 && lines[0] === 'ok')) {
      this.db.exec('PRAGMA query_only = ON');
      throw new Error(`The corpus is still damaged after the ${basename(file)} copy: ${lines[0]}`);
    }
    const checkedAt = this.now().toISOString();
    this.markSound(checkedAt);
    this.status = {
      ...idle(),
      state: 'recovered',
      reason: this.status.reason,
      checkedAt,
      recovery: { kind, damagedFileKeptAs: kept },
    };
  }

  /** The newest backup in the data folder (dated backups, pre-migration copies) that is sound. */
  private newestSoundBackup(): { path: string; takenAt: string } | null {
    if (!this.options.file) return null;
    const dataDir = dirname(this.options.file);
    const candidates = [
      ...listed(join(dataDir, 'backups')).filter((name) => name.endsWith('.sqlite')),
      ...listed(dataDir).filter((name) =>
        /\.before-v\d+\.bak$|\.before-restore-.*\.bak$/.test(name),
      ),
    ]
      .map((path) => ({ path, time: statSync(path).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const candidate of candidates) {
      try {
        verifyBackup(candidate.path);
        return { path: candidate.path, takenAt: new Date(candidate.time).toISOString() };
      } catch {
        // Damaged or from a newer version: the next one may do.
      }
    }
    return null;
  }
}

/** The full paths of a folder's files, or none when it does not exist. */
function listed(folder: string): string[] {
  try {
    return readdirSync(folder).map((name) => join(folder, name));
  } catch {
    return [];
  }
}
