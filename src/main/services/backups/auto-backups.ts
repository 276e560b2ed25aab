import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { BackupsSummary } from '../../../shared/contracts/backups.contract';
import { SettingsRepository } from '../../db/repositories/settings.repo';
import { backupDatabase, stamp } from '../maintenance/backup';
import { logError } from '../support/error-log';
import { backupsToKeep, type BackupFile } from './rotation';

/** Automatic backups' names in the data folder's backups/: auto-2026-11-22T02-41-35.sqlite. */
const AUTOMATIC = /^auto-(\d{4}-\d\d-\d\dT\d\d)-(\d\d)-(\d\d)\.sqlite$/;
/** The size budget the researcher set, in bytes. */
export const BUDGET_SETTING = 'backups.budgetBytes';
export const DEFAULT_BUDGET_BYTES = 2 * 1024 * 1024 * 1024;
/** At most one idle backup a day. */
export const BACKUP_EVERY_MS = 24 * 60 * 60 * 1000;

/**
 * Online backups of the corpus taken without being asked: at most once a day while the app
 * runs, and before each operation that rewrites much. Each new backup passes `integrity_check`
 * before rotation drops an older one (7 daily, 4 weekly, within the size budget).
 */
export class AutoBackups {
  private readonly now: () => Date;
  private running: Promise<BackupFile | null> | null = null;

  constructor(
    private readonly db: DatabaseSync,
    private readonly dataDir: string,
    now?: () => Date,
  ) {
    this.now = now ?? (() => new Date());
  }

  /** The automatic backups on disk, newest first (their time is in their name). */
  list(): BackupFile[] {
    let names: string[];
    try {
      names = readdirSync(this.folder());
    } catch {
      return [];
    }
    return names
      .flatMap((name) => {
        const match = AUTOMATIC.exec(name);
        if (!match) return [];
        const path = join(this.folder(), name);
        const takenAt = new Date(`${match[1]}:${match[2]}:${match[3]}Z`);
        return [{ path, takenAt, bytes: statSync(path).size }];
      })
      .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  }

  /** Whether a day has passed since the newest automatic backup. */
  due(): boolean {
    const newest = this.list()[0];
    return !newest || this.now().getTime() - newest.takenAt.getTime() >= BACKUP_EVERY_MS;
  }

  /** Takes the daily backup when it is due; never throws (a failure is logged). */
  async runIfDue(): Promise<BackupFile | null> {
    if (!this.due()) return null;
    try {
      return await this.take();
    } catch (error) {
      logError('automatic backup', error);
      return null;
    }
  }

  /** Takes a backup now, verifies it, then rotates the older ones. One at a time. */
  take(): Promise<BackupFile | null> {
    this.running ??= this.takeAndRotate().finally(() => (this.running = null));
    return this.running;
  }

  private async takeAndRotate(): Promise<BackupFile | null> {
    mkdirSync(this.folder(), { recursive: true });
    const takenAt = this.now();
    const path = join(this.folder(), `auto-${stamp(takenAt)}.sqlite`);
    // Written under another name and renamed once verified: a half-written or unsound copy is
    // never listed, and a second backup in the same second (the daily one, then one before a
    // re-embedding) replaces the first instead of failing on the name.
    const partial = `${path}.part`;
    rmSync(partial, { force: true });
    const { bytes } = await backupDatabase(this.db, partial);
    const verified = sound(partial);
    // The copy keeps the corpus's WAL mode, so checking it left a -wal and -shm beside it
    // under the .part name, which the rename below would strand in the backups folder.
    for (const suffix of ['-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
    if (!verified) {
      rmSync(partial, { force: true });
      throw new Error(`The new backup ${path} failed integrity_check; the older ones are kept.`);
    }
    renameSync(partial, path);
    const kept = new Set(backupsToKeep(this.list(), this.budget()).map((file) => file.path));
    for (const file of this.list()) if (!kept.has(file.path)) rmSync(file.path, { force: true });
    return { path, takenAt, bytes };
  }

  /** The size budget for automatic backups, in bytes. */
  budget(): number {
    const value = Number(new SettingsRepository(this.db).get(BUDGET_SETTING));
    return Number.isFinite(value) && value > 0 ? value : DEFAULT_BUDGET_BYTES;
  }

  setBudget(bytes: number): void {
    new SettingsRepository(this.db).set(BUDGET_SETTING, String(bytes));
  }

  /** What the settings show: the backups, their total size and the budget. */
  summary(): BackupsSummary {
    const backups = this.list();
    return {
      folder: this.folder(),
      backups: backups.map((file) => ({
        path: file.path,
        takenAt: file.takenAt.toISOString(),
        bytes: file.bytes,
      })),
      totalBytes: backups.reduce((sum, file) => sum + file.bytes, 0),
      budgetBytes: this.budget(),
    };
  }

  /** Checks now and then whether the daily backup is due; returns the way to stop. */
  start(options: { firstAfterMs: number; everyMs: number }): () => void {
    const tick = () => void this.runIfDue();
    const first = setTimeout(tick, options.firstAfterMs);
    const timer = setInterval(tick, options.everyMs);
    first.unref();
    timer.unref();
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }

  private folder(): string {
    return join(this.dataDir, 'backups');
  }
}

/** Whether a backup file passes SQLite's full integrity check. */
function sound(path: string): boolean {
  const copy = new DatabaseSync(path, { readOnly: true });
  try {
    const row = copy.prepare('PRAGMA integrity_check(1)').get() as { integrity_check: string };
    return row.integrity_check === 'ok';
  } catch {
    return false;
  } finally {
    copy.close();
  }
}
