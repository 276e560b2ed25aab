import type { DatabaseSync } from 'node:sqlite';
import type { EmbeddingStatus } from '../../../shared/contracts/embedding.contract';
import { transaction } from '../../db/connection';
import { EMBEDDING_MODEL_SETTING, EmbeddingRepository } from '../../db/repositories/embedding.repo';
import type { ConfiguredEmbedder } from './configured-embedder';
import type { Embedder } from './embedder';
import { LexicalHashEmbedder } from './lexical-hash-embedder';
import { NeuralEmbedder } from './neural-embedder';

/** Passages embedded per step: small enough that the main process stays responsive. */
const BATCH = 32;

/**
 * Re-embeds the whole corpus with another embedder in the background, reporting progress.
 * Vectors go to a staging table first; the vector table is swapped in one transaction at the
 * end, so search keeps working on the old vectors until then and never mixes the two.
 */
export class ReembedService {
  private readonly repository: EmbeddingRepository;
  private status: EmbeddingStatus['job'] = { state: 'idle', done: 0, total: 0, error: null };
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: DatabaseSync,
    private readonly embedder: ConfiguredEmbedder,
  ) {
    this.repository = new EmbeddingRepository(db);
  }

  /** The embedder in use and the progress of any re-embedding. */
  async current(): Promise<EmbeddingStatus> {
    await this.embedder.ready();
    return {
      embedder: this.embedder.id,
      dimensions: this.embedder.dimensions,
      modelFolder: this.embedder.modelFolder,
      job: { ...this.status },
    };
  }

  /** Starts re-embedding with the model in `folder` (null: the built-in lexical embedder). */
  async start(folder: string | null): Promise<EmbeddingStatus> {
    if (this.running) return await this.current();
    const next: Embedder = folder ? await NeuralEmbedder.load(folder) : new LexicalHashEmbedder();
    this.status = { state: 'running', done: 0, total: this.repository.passageCount(), error: null };
    this.running = this.run(next, folder)
      .catch((error: unknown) => {
        this.status = { ...this.status, state: 'failed', error: (error as Error).message };
      })
      .finally(() => {
        this.running = null;
      });
    return await this.current();
  }

  /** Resolves when the current job ends (for tests and the CLI). */
  async finished(): Promise<void> {
    await this.running;
  }

  private async run(next: Embedder, folder: string | null): Promise<void> {
    this.repository.resetStaging();
    let last = 0;
    for (;;) {
      const batch = this.repository.passagesAfter(last, BATCH);
      if (batch.length === 0) break;
      await this.stage(next, batch);
      last = batch.at(-1)!.id;
      this.status = { ...this.status, done: this.status.done + batch.length };
      // Yield between batches so other calls are served while the job runs.
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Passages imported meanwhile were embedded by the old embedder: embed them too.
    await this.stage(next, this.repository.unstagedPassages());
    transaction(this.db, () => {
      this.repository.swapInStaged(next.dimensions);
      this.repository.setSetting(EMBEDDING_MODEL_SETTING, folder);
    });
    this.embedder.switchTo(next, folder);
    this.status = { ...this.status, state: 'done', done: this.status.total };
  }

  private async stage(next: Embedder, batch: { id: number; documentId: number; text: string }[]) {
    if (batch.length === 0) return;
    const vectors = await next.embed(batch.map((passage) => passage.text));
    this.repository.stage(batch.map((passage, index) => ({ ...passage, vector: vectors[index]! })));
  }
}
