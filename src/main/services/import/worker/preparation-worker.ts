import { parentPort } from 'node:worker_threads';
import { RecoupeError } from '../../../../shared/result';
import { LexicalHashEmbedder } from '../../embedding/lexical-hash-embedder';
import { prepareFile } from '../preparation';
import type { PreparerReply, PreparerTask } from './preparer-pool';

// The import's worker thread: cleans, splits and embeds files off the main thread, so the
// main process stores one file while the next is prepared, on a second core.
const embedder = new LexicalHashEmbedder();

parentPort?.on('message', async (task: PreparerTask) => {
  let reply: PreparerReply;
  try {
    const preparation = await prepareFile(
      task.bytes,
      task.fileName,
      task.corrections,
      task.embedLexically ? embedder : null,
      task.fileTime ?? null,
    );
    reply = { id: task.id, preparation };
  } catch (error) {
    const code = error instanceof RecoupeError ? error.code : null;
    const message = error instanceof Error ? error.message : String(error);
    reply = { id: task.id, error: { code, message } };
  }
  // Vectors move to the main thread without a copy (each buffer listed once).
  const transfer = [
    ...new Set(reply.preparation?.vectors?.map((vector) => vector.buffer as ArrayBuffer) ?? []),
  ];
  parentPort!.postMessage(reply, transfer);
});
