import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixturesDir } from '../../../../../tests/support/temp-corpus';
import { LexicalHashEmbedder } from '../../embedding/lexical-hash-embedder';
import { prepareFile } from '../preparation';
import { PreparerPool } from './preparer-pool';

const pools: PreparerPool[] = [];
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.close();
});

function pool(): PreparerPool {
  const created = new PreparerPool();
  pools.push(created);
  return created;
}

const task = (file: string) => ({
  bytes: new Uint8Array(readFileSync(join(fixturesDir, file))),
  fileName: file,
  corrections: {},
  embedLexically: true,
});

describe('the import worker', () => {
  it('prepares and embeds a file exactly as the main thread would', async () => {
    const file = 'crue-valmont-courrier.txt';
    const onThread = await prepareFile(task(file).bytes, file, {}, new LexicalHashEmbedder());
    const onWorker = await pool().prepare(task(file));
    expect(onWorker.prepared).toEqual(onThread.prepared);
    expect(onWorker.passages).toEqual(onThread.passages);
    expect(onWorker.vectors!.map((vector) => [...vector])).toEqual(
      onThread.vectors!.map((vector) => [...vector]),
    );
  });

  it('reports a file it cannot read with its own error code', async () => {
    const refused = pool().prepare({
      bytes: new Uint8Array([0x4d, 0x5a, 0, 0, 1, 2]),
      fileName: 'program.txt',
      corrections: {},
      embedLexically: false,
    });
    await expect(refused).rejects.toMatchObject({ code: 'binary-file' });
  });

  it('fails only the file it held when the worker dies, and prepares the others on a new one', async () => {
    const workers = pool();
    // Once the worker has loaded (terminating a worker mid-load under tsx's hooks can hang).
    await workers.prepare(task('timeline-port-strike-wire.md'));
    const first = workers.prepare(task('crue-valmont-courrier.txt'));
    const second = workers.prepare(task('brenne-flood-wire.md'));
    // Kill the worker while it holds both files (as a parser running out of memory would).
    await (workers as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await expect(first).rejects.toThrow(/stopped the import worker/);
    expect((await second).passages.length).toBeGreaterThan(0);
  });
});
