import type { Worker } from 'node:worker_threads';
import type { DocumentCorrections } from '../../../../shared/document-content';
import { RecoupeError, type ErrorCode } from '../../../../shared/result';
import { startWorker, workerFile as findWorkerFile } from '../../support/worker-file';
import type { Preparation } from '../preparation';

/** One file for the worker to prepare. */
export interface PreparerTask {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  corrections: DocumentCorrections;
  /** The file's modification time, an upper bound for its publish date. */
  fileTime?: string | null;
  /** Embed with the built-in lexical embedder (the only one the worker holds). */
  embedLexically: boolean;
}

/** The worker's answer: the preparation, or the error it met. */
export interface PreparerReply {
  id: number;
  preparation?: Preparation;
  error?: { code: ErrorCode | null; message: string };
}

interface Pending {
  task: PreparerTask;
  resolve: (preparation: Preparation) => void;
  reject: (error: Error) => void;
}

/** The import worker's file (see `workerFile`). */
const workerFile = () => findWorkerFile('preparation-worker', import.meta.url);

/**
 * Prepares import files on a worker thread. Started on first use and stopped when idle; a
 * worker that dies (a parser crashing on a hostile file, out of memory) fails the files it
 * held with a clear error and the next file starts a new one.
 */
export class PreparerPool {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** Whether a worker can be started here; if not, callers prepare on their own thread. */
  static available(): boolean {
    return workerFile() !== null;
  }

  prepare(task: Omit<PreparerTask, 'id'>): Promise<Preparation> {
    const id = this.nextId++;
    return new Promise<Preparation>((resolve, reject) => {
      const pending = { task: { ...task, id }, resolve, reject };
      this.pending.set(id, pending);
      this.send(pending.task);
    });
  }

  /** Stops the worker; files still being prepared fail as cancelled. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll(new RecoupeError('cancelled', 'The import stopped before this file was ready.'));
    await worker?.terminate();
  }

  private send(task: PreparerTask): void {
    const worker = this.start();
    // The bytes are copied, not transferred: the caller keeps them to store the original.
    worker.postMessage(task);
    worker.ref();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const file = workerFile();
    if (!file) throw new RecoupeError('internal', 'The import worker is missing from this build.');
    const worker = startWorker(file);
    worker.on('message', (reply: PreparerReply) => this.settle(reply));
    worker.on('error', (error) => this.crashed(worker, error));
    worker.on('exit', (code) => {
      if (code !== 0) this.crashed(worker, new Error(`exit code ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  private settle(reply: PreparerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    // An idle worker must not keep a CLI command or a test alive.
    if (this.pending.size === 0) this.worker?.unref();
    if (reply.preparation) pending.resolve(reply.preparation);
    else pending.reject(new RecoupeError(reply.error?.code ?? 'internal', reply.error!.message));
  }

  /**
   * The worker takes files in order, so the oldest pending file is the one that killed it: that
   * file fails, the others go to a new worker.
   */
  private crashed(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const [culprit, ...others] = this.pending.values();
    if (!culprit) return;
    this.pending.delete(culprit.task.id);
    culprit.reject(
      new RecoupeError(
        'internal',
        `Preparing this file stopped the import worker (${error.message}); other files go on.`,
      ),
    );
    for (const pending of others) this.send(pending.task);
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
