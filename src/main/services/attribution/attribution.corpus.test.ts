import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFixtures, temporaryCorpus } from '../../../../tests/support/temp-corpus';

describe('publish dates in the corpus', () => {
  let corpus: ReturnType<typeof temporaryCorpus>;
  beforeEach(() => {
    corpus = temporaryCorpus();
  });
  afterEach(() => corpus.dispose());

  it('dates an article its file leaves undated from one sharing its quotation, marked estimated', async () => {
    const [dated, undated] = await importFixtures(corpus, [
      'crue-valmont-courrier.txt',
      'crue-valmont-undated.txt',
    ]);
    const document = await corpus.handlers['documents:get']({ id: undated! });
    expect(document).toMatchObject({
      publishedAt: '2025-03-14',
      publishedBasis: 'estimated',
      publishedPrecision: 'range',
      publishedEarliest: '2025-03-07',
      outlet: null,
    });
    const { attribution } = await corpus.handlers['documents:source']({ id: undated! });
    expect(attribution.date?.evidence[0]).toMatchObject({
      kind: 'corpus',
      role: 'guess',
      notes: [expect.objectContaining({ code: 'related-article', shared: 'quote' })],
    });
    expect(attribution.outletUnknown).toBe('photo-credits-only');
    // "vendredi" now resolves against the estimate, and says it rests on one.
    const events = await corpus.handlers['timeline:list']({
      includeDismissed: false,
      includeCaptions: true,
    });
    const friday = events.find(
      (event) => event.documentId === undated && /vendredi/.test(event.mention),
    );
    expect(friday).toMatchObject({ resolution: 'relative', publishedBasis: 'estimated' });
    expect(dated).toBeDefined();
  });

  it('quotes a stated date as the page writes it, not as the ISO value read from it', async () => {
    const files = {
      'crue-valmont-courrier.txt': 'Publié le 14 mars 2025 à 08h12',
      'riverbank-herald-scrape.txt': 'Published: March 14, 2025',
      'digue-valmont-scrape.txt': 'Publié le 14 mars 2025 à 08h30',
    };
    for (const [file, line] of Object.entries(files)) {
      const [id] = await importFixtures(corpus, [file]);
      const { attribution } = await corpus.handlers['documents:source']({ id: id! });
      // It used to say “2025-03-14T08:12”: words a reader finds nowhere in the page.
      expect(attribution.date?.evidence[0], file).toMatchObject({
        kind: 'dateline',
        role: 'date',
        words: line,
        date: expect.stringMatching(/^2025-03-14/),
      });
      // The same words after a re-process from the original file.
      await corpus.handlers['documents:reprocess']({ id: id! });
      const again = await corpus.handlers['documents:source']({ id: id! });
      expect(again.attribution.date?.evidence[0]?.words, file).toBe(line);
    }
  });

  it('never lets an estimate or a re-process overwrite what the user set', async () => {
    const [id] = await importFixtures(corpus, ['crue-valmont-undated.txt']);
    await corpus.handlers['documents:update']({
      id: id!,
      fields: { publishedAt: '2025-03-15', outlet: 'La Gazette de Valmont' },
    });
    await corpus.handlers['documents:reprocess']({ id: id! });
    await importFixtures(corpus, ['crue-valmont-courrier.txt']);
    const document = await corpus.handlers['documents:get']({ id: id! });
    expect(document).toMatchObject({
      publishedAt: '2025-03-15',
      publishedBasis: 'user',
      outlet: 'La Gazette de Valmont',
    });
  });

  it('a correction reaches the library, search, other sources, Cross-check and the timeline at once', async () => {
    const [dated, undated] = await importFixtures(corpus, [
      'crue-valmont-courrier.txt',
      'crue-valmont-undated.txt',
    ]);
    await corpus.handlers['documents:update']({
      id: undated!,
      fields: { outlet: 'La Gazette corrigée', publishedAt: '2025-03-13' },
    });
    const page = await corpus.handlers['corpus:page']({ sort: 'newest', offset: 0, limit: 10 });
    expect(page.documents.find((row) => row.id === undated)).toMatchObject({
      outlet: 'La Gazette corrigée',
      publishedBasis: 'user',
    });
    const hits = await corpus.handlers['search:query']({
      query: 'gymnase',
      limit: 5,
      mode: 'text',
      filters: {},
    });
    expect(hits.find((hit) => hit.documentId === undated)).toMatchObject({
      outlet: 'La Gazette corrigée',
      publishedAt: '2025-03-13',
    });
    const { passages } = await corpus.handlers['documents:get']({ id: dated! });
    const quoted = passages.find((passage) => passage.text.includes('1982'))!;
    const similar = await corpus.handlers['crosscheck:similar']({ passageId: quoted.id, limit: 5 });
    expect(similar.find((hit) => hit.documentId === undated)).toMatchObject({
      outlet: 'La Gazette corrigée',
    });
    // Now dated a day earlier, the corrected article published the shared quotation first.
    const { quotes } = await corpus.handlers['corroboration:list']({});
    const shared = quotes.find((quote) => quote.text.includes('1982'))!;
    expect(shared.firstPublished).toMatchObject({
      documentId: undated,
      source: 'La Gazette corrigée',
      publishedBasis: 'user',
    });
    // The timeline resolves its relative dates again against the corrected date.
    const events = await corpus.handlers['timeline:list']({
      includeDismissed: false,
      includeCaptions: true,
    });
    const friday = events.find(
      (event) => event.documentId === undated && /vendredi/.test(event.mention),
    );
    expect(friday).toMatchObject({ publishedBasis: 'user', date: '2025-03-07' });
  });

  it('sets the outlet and date of several documents at once', async () => {
    const ids = await importFixtures(corpus, [
      'crue-valmont-undated.txt',
      'crue-valmont-gazette.txt',
    ]);
    expect(
      await corpus.handlers['documents:updateMany']({
        ids,
        fields: { outlet: 'Presse locale', publishedAt: '2025-03-16' },
      }),
    ).toEqual({ updated: 2 });
    const sources = await corpus.handlers['documents:sources']({ ids });
    expect(
      sources.map((source) => [source.outlet, source.publishedAt, source.publishedBasis]),
    ).toEqual([
      ['Presse locale', '2025-03-16', 'user'],
      ['Presse locale', '2025-03-16', 'user'],
    ]);
  });
});
