import type { ReprocessJob } from '../../../shared/domain';
import type { DocumentsRepository } from '../../db/repositories/documents.repo';
import { logError } from '../support/error-log';
import type { ImportService } from './import.service';

/**
 * Re-processes every document from its stored original in the background (after new cleaning
 * rules), one transaction per document so a crash or a cancel leaves each one either as it was
 * or made again, never half; highlights are re-anchored by the import's indexers as each
 * document is written. A document that fails is kept as it was and counted.
 */
export class ReprocessAll {
  private job: ReprocessJob = { state: 'idle', done: 0, total: 0, failed: 0, error: null };
  private running: Promise<void> | null = null;
  private cancelling = false;

  constructor(
    private readonly documents: DocumentsRepository,
    private readonly importer: ImportService,
  ) {}

  status(): ReprocessJob {
    return { ...this.job };
  }

  /** Starts the job unless one runs; answers at once. */
  start(): ReprocessJob {
    if (this.running) return this.status();
    const ids = this.documents.ids();
    this.cancelling = false;
    this.job = { state: 'running', done: 0, total: ids.length, failed: 0, error: null };
    this.running = this.run(ids)
      .catch((error: unknown) => {
        this.job = { ...this.job, state: 'failed', error: (error as Error).message };
      })
      .finally(() => (this.running = null));
    return this.status();
  }

  /** Asks the job to stop after the document in hand. */
  cancel(): ReprocessJob {
    if (this.running) this.cancelling = true;
    return this.status();
  }

  /** Resolves when the current job ends (tests and the CLI). */
  async finished(): Promise<void> {
    await this.running;
  }

  private async run(ids: number[]): Promise<void> {
    for (const id of ids) {
      if (this.cancelling) {
        this.job = { ...this.job, state: 'cancelled' };
        return;
      }
      try {
        await this.importer.reprocess(id);
      } catch (error) {
        // A document deleted meanwhile, or whose original no longer parses: kept as it was.
        const reference = logError(`re-process document ${id}`, error);
        this.job = {
          ...this.job,
          failed: this.job.failed + 1,
          error: this.job.error ?? `Document ${id}: ${(error as Error).message} (${reference})`,
        };
      }
      this.job = { ...this.job, done: this.job.done + 1 };
    }
    this.job = { ...this.job, state: 'done' };
  }
}
