import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCorpus } from '../../app/corpus';
import { fixturesDir, temporaryCorpus } from '../../../../tests/support/temp-corpus';

const modelFolder = join(fixturesDir, 'tiny-embedding-model');
const files = ['crue-valmont-courrier.txt', 'crue-valmont-gazette.txt', 'brenne-flood-wire.md'];

describe('re-embedding the corpus with another embedder', () => {
  let corpus: ReturnType<typeof temporaryCorpus>;

  beforeEach(async () => {
    corpus = temporaryCorpus();
    await corpus.handlers['corpus:import']({
      sources: files.map((file) => ({ kind: 'path', path: join(fixturesDir, file) })),
    });
  });
  afterEach(() => corpus.dispose());

  const waitUntilDone = async () => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const status = await corpus.handlers['embedding:status']({});
      if (status.job.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('re-embedding did not finish');
  };

  it('switches to the neural model in the background, then back, search working throughout', async () => {
    const before = await corpus.handlers['embedding:status']({});
    expect(before).toMatchObject({ dimensions: 256, modelFolder: null, job: { state: 'idle' } });

    const started = await corpus.handlers['embedding:use']({ modelFolder });
    expect(started.job.state).toBe('running');
    expect(started.job.total).toBeGreaterThan(10);
    const done = await waitUntilDone();
    expect(done).toMatchObject({
      embedder: 'neural-tiny-embedding-model-16',
      dimensions: 16,
      modelFolder,
      job: { state: 'done', error: null },
    });
    expect(done.job.done).toBe(done.job.total);

    // Search and similar passages now run on the model's vectors.
    const [first] = await corpus.handlers['search:query']({
      query: 'crue Valmont',
      limit: 5,
      mode: 'hybrid',
      filters: {},
    });
    const similar = await corpus.handlers['crosscheck:similar']({
      passageId: first!.passageId,
      limit: 5,
    });
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.some((hit) => hit.reasons.some((reason) => reason.kind === 'vector'))).toBe(
      true,
    );

    // The choice is a setting: a corpus opened again uses the model.
    const reopened = openCorpus(corpus.dataDir);
    try {
      expect((await reopened.handlers['embedding:status']({})).modelFolder).toBe(modelFolder);
      const again = await reopened.handlers['crosscheck:similar']({
        passageId: first!.passageId,
        limit: 3,
      });
      expect(again.length).toBeGreaterThan(0);
    } finally {
      reopened.close();
    }

    await corpus.handlers['embedding:use']({ modelFolder: null });
    expect(await waitUntilDone()).toMatchObject({ dimensions: 256, modelFolder: null });
  });

  it('refuses a folder without a model and keeps the current embedder', async () => {
    await expect(
      corpus.handlers['embedding:use']({ modelFolder: join(fixturesDir, 'missing-model') }),
    ).rejects.toThrow(/missing-model/);
    expect((await corpus.handlers['embedding:status']({})).dimensions).toBe(256);
  });
});
