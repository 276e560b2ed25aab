import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir, temporaryCorpus } from '../../../../tests/support/temp-corpus';
import { dispatch } from '../../app/dispatch';

describe('highlights', () => {
  let corpus: ReturnType<typeof temporaryCorpus>;
  let documentId: number;
  let text: string;
  beforeEach(async () => {
    corpus = temporaryCorpus();
    const [outcome] = await corpus.handlers['corpus:import']({
      sources: [{ kind: 'path', path: join(fixturesDir, 'crue-valmont-gazette.txt') }],
    });
    documentId = outcome!.documentId!;
    text = (await corpus.handlers['documents:get']({ id: documentId })).text;
  });
  afterEach(() => corpus.dispose());
  const call = (channel: string, input: unknown) => dispatch(corpus.handlers, channel, input);
  const quote = 'Nous n’avions pas vu un tel niveau depuis 1982';
  const rewrite = (next: string) =>
    corpus.db.prepare('UPDATE documents SET text = ? WHERE id = ?').run(next, documentId);

  it('stores TextQuote and TextPosition selectors, trimming edge whitespace', async () => {
    const start = text.indexOf(quote);
    const result = await call('highlights:create', {
      documentId,
      start: start - 1,
      end: start + quote.length + 1,
      color: 'green',
      comment: 'Citation reprise ailleurs',
      tags: ['maire', 'citation'],
    });
    expect(result).toMatchObject({
      ok: true,
      value: { exact: quote, start, end: start + quote.length, status: 'anchored' },
    });
    const [stored] = await corpus.handlers['highlights:list']({ documentId });
    expect(stored).toMatchObject({ color: 'green', tags: ['maire', 'citation'] });
    expect(stored!.prefix).toBe(text.slice(start - 32, start));
  });

  it('changes the highlight a span already has instead of stacking an identical one', async () => {
    const start = text.indexOf(quote);
    const span = {
      documentId,
      start,
      end: start + quote.length,
      comment: '',
      tags: [] as string[],
    };
    const create = (input: Partial<typeof span> & { color: 'yellow' | 'blue' }) =>
      corpus.handlers['highlights:create']({ ...span, ...input }) as { id: number };
    const first = create({ color: 'yellow' });
    expect(create({ color: 'yellow' })).toMatchObject({ id: first.id, color: 'yellow' });
    expect(create({ color: 'blue' })).toMatchObject({ id: first.id, color: 'blue' });
    expect(create({ color: 'blue', comment: 'Citée par Le Matin', tags: ['maire'] })).toMatchObject(
      { id: first.id, comment: 'Citée par Le Matin', tags: ['maire'] },
    );
    expect(await corpus.handlers['highlights:list']({ documentId })).toHaveLength(1);
    // A span that only overlaps it is another highlight.
    create({ end: span.end - 1, color: 'yellow' });
    expect(await corpus.handlers['highlights:list']({ documentId })).toHaveLength(2);
  });

  it('refuses a selection outside the text and an unknown colour', async () => {
    const outside = await call('highlights:create', { documentId, start: 0, end: 10 ** 7 });
    expect(outside).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const colour = await call('highlights:create', { documentId, start: 0, end: 5, color: 'red' });
    expect(colour).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('edits comment and tags, and deletes', async () => {
    const created = corpus.handlers['highlights:create']({
      documentId,
      start: 0,
      end: 12,
      color: 'yellow',
      comment: '',
      tags: [],
    }) as Awaited<ReturnType<(typeof corpus.handlers)['highlights:create']>>;
    const updated = await call('highlights:update', { id: created.id, comment: 'À vérifier' });
    expect(updated).toMatchObject({ value: { comment: 'À vérifier', color: 'yellow' } });
    expect(await call('highlights:delete', { id: created.id })).toMatchObject({ ok: true });
    expect(await call('highlights:delete', { id: created.id })).toMatchObject({
      error: { code: 'not-found' },
    });
  });

  it('re-anchors after the text changes, and lists what no longer resolves as orphaned', async () => {
    const start = text.indexOf(quote);
    await call('highlights:create', { documentId, start, end: start + quote.length });
    const other = text.indexOf('une centaine d’interventions');
    await call('highlights:create', { documentId, start: other, end: other + 28 });
    rewrite('Mise à jour du 14 mars.\n\n' + text.replace('une centaine d’interventions', ''));
    const report = await call('highlights:reanchor', { documentId });
    expect(report).toMatchObject({ value: { counts: { moved: 1, orphaned: 1 } } });
    const [moved, orphan] = await corpus.handlers['highlights:list']({ documentId });
    expect(moved).toMatchObject({ status: 'moved', start: start + 25, exact: quote });
    expect(orphan).toMatchObject({ status: 'orphaned', exact: 'une centaine d’interventions' });
  });

  it('deleting a document keeps its highlights as orphans with their quote and title', async () => {
    const start = text.indexOf(quote);
    await call('highlights:create', { documentId, start, end: start + quote.length });
    expect(await call('documents:delete', { id: documentId })).toMatchObject({
      value: { orphanedHighlights: 1 },
    });
    expect(await call('documents:get', { id: documentId })).toMatchObject({
      error: { code: 'not-found' },
    });
    const orphans = await corpus.handlers['highlights:orphaned']({});
    expect(orphans).toMatchObject([
      { documentId: null, status: 'orphaned', exact: quote, documentTitle: expect.any(String) },
    ]);
    expect(orphans[0]!.documentTitle).toContain('Valmont');
    const left = corpus.db.prepare('SELECT count(*) AS n FROM passages').get();
    expect(left).toEqual({ n: 0 });
  });
});
