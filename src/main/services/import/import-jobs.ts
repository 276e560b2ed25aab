import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ImportSource } from '../../../shared/contract';
import type { ImportJob, ImportJobItem, ImportOutcome } from '../../../shared/domain';
import { RecoupeError } from '../../../shared/result';
import { loadSource, walk } from './sources';
import { Turns, type Turn } from './turns';
import {
  isExportFolder,
  telegramExport,
  TelegramQuestion,
  type TelegramConfirmations,
  type TelegramImporter,
} from './telegram/telegram-import';
import { FILES_IN_FLIGHT, importFailure, type ImportService } from './import.service';

/** Finished jobs kept for late status calls. */
const KEPT_JOBS = 20;

interface RunningJob extends ImportJob {
  /** Sources not yet turned into items (folders are walked one entry at a time). */
  pending: ImportSource[];
  /** Each item's source, dropped once the file is done so its bytes can be freed. */
  sources: Map<number, ImportSource>;
  cancelRequested: boolean;
  loop: Promise<void> | null;
  /** The index of the next item to import, kept across runs as files are added. */
  cursor: number;
  /** The sources of items waiting for the user's answer to their question. */
  questioned: Map<number, ImportSource>;
  /** Whether a folder among the sources is walked for its files, or imported as one file. */
  walkFolders: boolean;
}

/**
 * The one runner of imports, for every front door (`import:*` jobs for the app, `corpus:import`
 * for the CLI and scripts). Imports in the background: a job takes paths (files or folders) or
 * file bytes, answers at once with its id, and works through its files one at a time, yielding
 * to the event loop between stages so status calls are answered while it runs. Folders are
 * walked lazily, so a folder of thousands of files is never listed or read all at once. Each
 * file is imported in its own transaction; a failing file is recorded and the job goes on;
 * Cancel stops before the next file and marks the rest cancelled.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, RunningJob>();

  constructor(
    private readonly importer: ImportService,
    /** Imports Telegram exports found among the sources; without it they are files like others. */
    private readonly telegram: TelegramImporter | null = null,
  ) {}

  /** Starts a job with its first sources. */
  start(sources: readonly ImportSource[]): ImportJob {
    return this.add(this.create(true).id, sources);
  }

  /**
   * Imports the sources as one job run to its end and gives each file's outcome in the
   * sources' order (`corpus:import`): each source is one file, a folder is not walked.
   */
  async importAll(sources: readonly ImportSource[]): Promise<ImportOutcome[]> {
    const job = this.create(false);
    this.add(job.id, sources);
    await job.loop;
    this.jobs.delete(job.id);
    // Every item has ended as imported, duplicate or failed: nothing here can cancel it.
    return job.items.map(({ key: _key, ...outcome }) => outcome as ImportOutcome);
  }

  private create(walkFolders: boolean): RunningJob {
    const job: RunningJob = {
      id: randomUUID(),
      state: 'running',
      total: 0,
      finished: 0,
      scanning: false,
      items: [],
      pending: [],
      sources: new Map(),
      cancelRequested: false,
      loop: null,
      cursor: 0,
      questioned: new Map(),
      walkFolders,
    };
    this.jobs.set(job.id, job);
    this.forgetOldJobs();
    return job;
  }

  /** Adds sources to a job, restarting it if it had finished. */
  add(jobId: string, sources: readonly ImportSource[]): ImportJob {
    const job = this.job(jobId);
    if (job.state === 'cancelled') {
      throw new RecoupeError('cancelled', 'This import was cancelled; start a new one.');
    }
    job.pending.push(...sources);
    job.state = 'running';
    job.loop ??= this.run(job);
    return this.status(jobId);
  }

  /** A snapshot of a job. */
  status(jobId: string): ImportJob {
    const { id, state, total, finished, scanning, items } = this.job(jobId);
    return { id, state, total, finished, scanning, items: items.map((item) => ({ ...item })) };
  }

  /**
   * Answers an item's question with the user's yes: the item goes back in line with its
   * source (kept in main, so nothing is sent again) and the confirmations given so far.
   */
  confirm(jobId: string, key: number, answer: TelegramConfirmations): ImportJob {
    const job = this.job(jobId);
    const source = job.questioned.get(key);
    const index = job.items.findIndex((item) => item.key === key);
    if (!source || index < 0) {
      throw new RecoupeError('not-found', `Import job ${jobId} has no question on file ${key}.`);
    }
    if (job.state === 'cancelled') {
      throw new RecoupeError('cancelled', 'This import was cancelled; start a new one.');
    }
    job.questioned.delete(key);
    const [item] = job.items.splice(index, 1);
    // The item leaves its place (before the cursor: it had been imported) for the end of the line.
    job.cursor--;
    job.finished--;
    job.items.push({ key, file: item!.file, status: 'queued' });
    job.sources.set(key, { ...source, telegram: { ...source.telegram, ...answer } });
    job.state = 'running';
    job.loop ??= this.run(job);
    return this.status(jobId);
  }

  /** Stops a job before its next file; files already imported stay. */
  cancel(jobId: string): ImportJob {
    const job = this.job(jobId);
    job.cancelRequested = true;
    job.pending = [];
    if (!job.loop) this.finishCancelled(job);
    return this.status(jobId);
  }

  /** Waits for a job's current run to end (tests, CLI). */
  async settle(jobId: string): Promise<ImportJob> {
    await this.job(jobId).loop;
    return this.status(jobId);
  }

  private job(jobId: string): RunningJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new RecoupeError('not-found', `No import job ${jobId}.`);
    return job;
  }

  private async run(job: RunningJob): Promise<void> {
    let walker = this.discover(job);
    let lanes = FILES_IN_FLIGHT;
    const turns = new Turns();
    // Each lane takes the next item; with two, the worker prepares one file while this thread
    // stores the other (the generator serves concurrent `next` calls in turn).
    const lane = async () => {
      // Let `add` record this run before any lane can end it.
      await nextTurn();
      try {
        for (;;) {
          // Discover at most one item ahead of the ones being imported.
          while (job.cursor >= job.items.length) {
            const found = await walker.next();
            if (!found.done) continue;
            // Sources added once the walker had finished (while the other lane imported).
            if (job.pending.length === 0) break;
            walker = this.discover(job);
          }
          if (job.cancelRequested) return;
          const item = job.items[job.cursor];
          if (!item) return;
          job.cursor++;
          // Taken with the item, so the files are stored in the order they were found.
          const turn = turns.take();
          try {
            await this.importItem(job, item, turn);
          } finally {
            turn.done();
          }
        }
      } finally {
        // The last lane ends the run synchronously with its last check: a file added from
        // now on starts a new run.
        if (--lanes === 0) this.endRun(job);
      }
    };
    await Promise.all(Array.from({ length: FILES_IN_FLIGHT }, lane));
  }

  private endRun(job: RunningJob): void {
    job.loop = null;
    if (job.cancelRequested) this.finishCancelled(job);
    else job.state = 'done';
  }

  private async *discover(job: RunningJob): AsyncGenerator<void> {
    let source: ImportSource | undefined;
    while ((source = job.pending.shift())) {
      if (source.kind === 'bytes' || !job.walkFolders) {
        this.addItem(job, source.kind === 'bytes' ? source.name : source.path, source);
        yield;
        continue;
      }
      const info = await stat(source.path).catch(() => null);
      if (!info?.isDirectory() || (await isExportFolder(source.path))) {
        this.addItem(job, source.path, source);
        yield;
        continue;
      }
      job.scanning = true;
      for await (const path of walk(source.path)) {
        if (job.cancelRequested) return;
        this.addItem(job, path, { kind: 'path', path });
        yield;
      }
      job.scanning = false;
    }
  }

  private addItem(job: RunningJob, file: string, source: ImportSource): void {
    const key = job.items.length;
    job.items.push({ key, file, status: 'queued' });
    job.sources.set(key, source);
    job.total = job.items.length;
  }

  private async importItem(job: RunningJob, item: ImportJobItem, turn: Turn): Promise<void> {
    const source = job.sources.get(item.key)!;
    job.sources.delete(item.key);
    try {
      item.status = 'reading';
      await nextTurn();
      const found = this.telegram && (await telegramExport(source));
      if (found) {
        await turn.ready;
        item.status = 'indexing';
        const summary = await this.telegram!.run(
          found,
          source.telegram ?? {},
          (progress) => {
            item.telegram = progress;
          },
          () => job.cancelRequested,
        );
        Object.assign(item, { status: 'imported', telegram: summary });
        job.finished++;
        return;
      }
      const file = await loadSource(source);
      const outcome = await this.importer.importFile(
        file,
        item.file,
        (stage) => {
          item.status = stage;
        },
        turn.ready,
      );
      Object.assign(item, outcome, { file: item.file });
    } catch (error) {
      Object.assign(item, importFailure(item.file, error));
      if (error instanceof TelegramQuestion) {
        item.question = error.question;
        job.questioned.set(item.key, source);
      }
    }
    job.finished++;
    await nextTurn();
  }

  private finishCancelled(job: RunningJob): void {
    for (const item of job.items) {
      if (item.status === 'queued') {
        item.status = 'cancelled';
        job.finished++;
      }
    }
    job.sources.clear();
    job.scanning = false;
    job.state = 'cancelled';
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((job) => job.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEPT_JOBS))) {
      this.jobs.delete(job.id);
    }
  }
}
