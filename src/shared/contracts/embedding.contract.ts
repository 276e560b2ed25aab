import { z } from 'zod';
import { channel } from './channel';

/** The embedder in use and the progress of a re-embedding job. */
export interface EmbeddingStatus {
  embedder: string;
  dimensions: number;
  /** The neural model's folder, or null for the built-in lexical embedder. */
  modelFolder: string | null;
  job: {
    state: 'idle' | 'running' | 'done' | 'failed';
    done: number;
    total: number;
    error: string | null;
  };
}

/** Calls that choose the embedder and re-embed the corpus. */
export const embeddingContract = {
  'embedding:status': channel<EmbeddingStatus>()(z.object({})),
  'embedding:use': channel<EmbeddingStatus>()(
    z.object({ modelFolder: z.string().trim().min(1).max(4096).nullable() }),
  ),
};
