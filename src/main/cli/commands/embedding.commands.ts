import { resolve } from 'node:path';
import type { EmbeddingStatus } from '../../../shared/contracts/embedding.contract';
import { UsageError, type Command } from './command';

const describeStatus = (value: unknown) => {
  const status = value as EmbeddingStatus;
  const job =
    status.job.state === 'idle'
      ? ''
      : ` · ${status.job.state} ${status.job.done}/${status.job.total}`;
  return `${status.embedder} (${status.dimensions} dimensions)${job}${status.job.error ? `\n${status.job.error}` : ''}`;
};

/** Which embedder the corpus uses, and re-embedding it with a model folder. */
export const embeddingCommands: Record<string, Command> = {
  embedder: {
    usage: 'embedder',
    arguments: 0,
    summary: 'show the embedder in use',
    run: (call) => call('embedding:status', {}),
    print: describeStatus,
  },
  reembed: {
    usage: 'reembed MODEL_DIR|lexical',
    arguments: 1,
    summary: 're-embed every passage with a local ONNX model (or the built-in embedder)',
    run: async (call, [target]) => {
      if (!target) throw new UsageError('reembed needs a model folder, or "lexical".');
      const modelFolder = target === 'lexical' ? null : resolve(target);
      let status = await call('embedding:use', { modelFolder });
      // The CLI stays until the background job ends, then reports how it went.
      while (status.job.state === 'running') {
        await new Promise((done) => setTimeout(done, 100));
        status = await call('embedding:status', {});
      }
      return status;
    },
    print: describeStatus,
  },
};
