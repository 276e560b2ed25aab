import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { importFixtures, temporaryCorpus } from '../../../../tests/support/temp-corpus';
import { dispatch } from '../../app/dispatch';
import { everyDocument } from '../../../../tests/support/library';

const articles = ['crue-valmont-courrier.txt', 'crue-valmont-gazette.txt', 'brenne-flood-wire.md'];

describe('re-processing every document', () => {
  const corpora: ReturnType<typeof temporaryCorpus>[] = [];
  afterEach(() => corpora.splice(0).forEach((corpus) => corpus.dispose()));

  async function setUp() {
    const corpus = temporaryCorpus();
    corpora.push(corpus);
    const ids = await importFixtures(corpus, articles);
    const { text } = await corpus.handlers['documents:get']({ id: ids[0]! });
    const start = text.indexOf('Valmont');
    const highlight = await corpus.handlers['highlights:create']({
      documentId: ids[0]!,
      start,
      end: start + 'Valmont'.length,
      color: 'yellow',
      comment: 'kept through re-processing',
      tags: [],
    });
    const until = async () => {
      let job = await corpus.handlers['documents:reprocessAllStatus']({});
      while (job.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 10));
        job = await corpus.handlers['documents:reprocessAllStatus']({});
      }
      return job;
    };
    return { corpus, ids, highlight, until };
  }

  it('takes a verified automatic backup first, holding the corpus as it was', async () => {
    const { corpus, until } = await setUp();
    expect((await corpus.handlers['backups:list']({})).backups).toHaveLength(0);
    const started = await dispatch(corpus.handlers, 'documents:reprocessAll', {});
    expect(started).toMatchObject({ ok: true, value: { state: 'running', total: 3 } });
    const [backup] = (await corpus.handlers['backups:list']({})).backups;
    expect(backup?.path).toMatch(/auto-.*\.sqlite$/);
    const copy = new DatabaseSync(backup!.path, { readOnly: true });
    try {
      expect(copy.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 3 });
      expect(copy.prepare('SELECT count(*) AS n FROM highlights').get()).toEqual({ n: 1 });
    } finally {
      copy.close();
    }
    expect(await until()).toMatchObject({ state: 'done', done: 3, total: 3, failed: 0 });
  });

  it('keeps highlights anchored and the corpus consistent', async () => {
    const { corpus, ids, highlight, until } = await setUp();
    const passagesBefore = (await corpus.handlers['documents:get']({ id: ids[0]! })).passages;
    await corpus.handlers['documents:reprocessAll']({});
    await until();
    const [kept] = await corpus.handlers['highlights:list']({ documentId: ids[0]! });
    expect(kept).toMatchObject({
      id: highlight.id,
      status: 'anchored',
      start: highlight.start,
      end: highlight.end,
      comment: 'kept through re-processing',
    });
    const passagesAfter = (await corpus.handlers['documents:get']({ id: ids[0]! })).passages;
    expect(passagesAfter.map((passage) => passage.id)).toEqual(
      passagesBefore.map((passage) => passage.id),
    );
    expect((await corpus.handlers['corpus:check']({ repair: false })).ok).toBe(true);
  });

  it('stops after the document in hand when cancelled, leaving the others as they were', async () => {
    const { corpus, until } = await setUp();
    await corpus.handlers['documents:reprocessAll']({});
    const cancelled = await corpus.handlers['documents:reprocessAllCancel']({});
    expect(cancelled.state).toBe('running');
    const job = await until();
    expect(job.state).toBe('cancelled');
    expect(job.done).toBeLessThan(3);
    expect((await corpus.handlers['corpus:check']({ repair: false })).ok).toBe(true);
    expect(await everyDocument(corpus.handlers)).toHaveLength(3);
  });
});
