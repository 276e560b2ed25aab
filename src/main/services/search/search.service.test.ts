import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  fixturesDir,
  importFixtures,
  temporaryCorpus,
} from '../../../../tests/support/temp-corpus';
import { reciprocalRankFusion, snippetParts, RRF_K } from './search.service';
import { MATCH_CLOSE, MATCH_OPEN, SearchRepository } from '../../db/repositories/search.repo';

describe('reciprocalRankFusion', () => {
  it('ranks an item found by both lists above items found by one', () => {
    const fused = reciprocalRankFusion(
      [
        [1, 2, 3],
        [4, 3, 5],
      ],
      (item) => item,
    );
    expect(fused[0]!.item).toBe(3);
    expect(fused[0]!.score).toBeCloseTo(1 / (RRF_K + 3) + 1 / (RRF_K + 2));
  });
});

describe('snippetParts', () => {
  it('splits marked matches from plain text', () => {
    expect(
      snippetParts(`la ${MATCH_OPEN}crue${MATCH_CLOSE} de la ${MATCH_OPEN}Brenne${MATCH_CLOSE}.`),
    ).toEqual([
      { text: 'la ', match: false },
      { text: 'crue', match: true },
      { text: ' de la ', match: false },
      { text: 'Brenne', match: true },
      { text: '.', match: false },
    ]);
  });
});

describe('search over imported fixtures', () => {
  let corpus: ReturnType<typeof temporaryCorpus>;
  beforeEach(async () => {
    corpus = temporaryCorpus();
    const files = ['crue-valmont-courrier.txt', 'brenne-flood-wire.md', 'crue-valmont-gazette.txt'];
    await corpus.handlers['corpus:import']({
      sources: files.map((file) => ({ kind: 'path', path: join(fixturesDir, file) })),
    });
  });
  afterEach(() => corpus.dispose());

  const search = (query: string, mode: 'hybrid' | 'text' | 'vector' = 'hybrid', filters = {}) =>
    corpus.handlers['search:query']({ query, limit: 10, mode, filters });

  it('finds accented words without their accents and marks them in the snippet', async () => {
    const hits = await search('evacues', 'text');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.text).toMatch(/évacués/);
    expect(hits[0]!.snippet.some((part) => part.match && /évacués/i.test(part.text))).toBe(true);
  });

  it('matches a quoted phrase only where the words are adjacent', async () => {
    const hits = await search('"tel niveau depuis 1982"', 'text');
    expect(new Set(hits.map((hit) => hit.documentId)).size).toBe(2);
    for (const hit of hits) expect(hit.text).toMatch(/tel niveau depuis 1982/);
  });

  it('finds passages by word prefix while typing', async () => {
    const hits = await search('Garn', 'text');
    expect(hits.every((hit) => /Garnier/.test(hit.text))).toBe(true);
    expect(hits.length).toBeGreaterThanOrEqual(3);
  });

  it('fuses text and vector rankings, and filters by language', async () => {
    const hybrid = await search('pompiers interventions nuit');
    expect(hybrid[0]!.text).toMatch(/pompiers/i);
    const english = await search('firefighters night', 'hybrid', { language: 'en' });
    expect(english.length).toBeGreaterThan(0);
    expect(english.every((hit) => hit.documentTitle.startsWith('Floods'))).toBe(true);
  });

  it('lists similar passages from other documents only, best first', async () => {
    const [quote] = await search('"pas vu un tel niveau"', 'text');
    const similar = await corpus.handlers['crosscheck:similar']({
      passageId: quote!.passageId,
      limit: 5,
    });
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.every((hit) => hit.documentId !== quote!.documentId)).toBe(true);
    expect(similar[0]!.text).toMatch(/tel niveau depuis 1982/);
    const scores = similar.map((hit) => hit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('answers nothing for an empty query', async () => {
    expect(await search('   ')).toEqual([]);
  });
});

describe('full-text ranking of very common words', () => {
  it('ranks only the newest matches past the window, unless a filter needs older ones', async () => {
    const corpus = temporaryCorpus();
    try {
      await importFixtures(corpus, ['crue-valmont-courrier.txt', 'crue-valmont-gazette.txt']);
      const matching = corpus.db
        .prepare(
          `SELECT p.id, p.document_id AS documentId FROM passages_fts f
           JOIN passages p ON p.id = f.rowid WHERE passages_fts MATCH 'brenne' ORDER BY p.id`,
        )
        .all() as { id: number; documentId: number }[];
      const oldest = matching[0]!;
      const newest = matching.at(-1)!;
      expect(oldest.documentId).not.toBe(newest.documentId);
      const repository = new SearchRepository(corpus.db, 1);
      expect(repository.fullText('brenne', {}, 20).map((hit) => hit.passageId)).toEqual([
        newest.id,
      ]);
      // Without the window, every match is ranked.
      expect(new SearchRepository(corpus.db).fullText('brenne', {}, 20)).toHaveLength(
        matching.length,
      );
      // A filter on the older document finds nothing in the window: all its matches are ranked.
      const filtered = repository.fullText('brenne', { documentId: oldest.documentId }, 20);
      expect(filtered.map((hit) => hit.passageId)).toContain(oldest.id);
      expect(filtered.every((hit) => hit.documentId === oldest.documentId)).toBe(true);
    } finally {
      corpus.dispose();
    }
  });
});

describe('search finds every inflection of a word', () => {
  let corpus: ReturnType<typeof temporaryCorpus>;
  beforeEach(async () => {
    corpus = temporaryCorpus();
    await importFixtures(corpus, ['inflections-port-fr.txt', 'inflections-port-en.md']);
  });
  afterEach(() => corpus.dispose());

  const found = async (query: string) =>
    (await corpus.handlers['search:query']({ query, mode: 'text', limit: 50, filters: {} }))
      .map((hit) => hit.passageId)
      .sort((a, b) => a - b);

  it('returns the same passages for singular and plural, in French and English', async () => {
    for (const [singular, plural] of [
      ['missile', 'missiles'],
      ['soldat', 'soldats'],
      ['tué', 'tués'],
      ['soldier ', 'soldiers '],
    ] as const) {
      const one = await found(singular);
      expect(one.length).toBeGreaterThan(1);
      expect(await found(plural)).toEqual(one);
    }
  });

  it('marks the inflected words in the snippet', async () => {
    const [hit] = await corpus.handlers['search:query']({
      query: 'missiles interceptés ',
      mode: 'text',
      limit: 1,
      filters: {},
    });
    const marked = hit!.snippet.filter((part) => part.match).map((part) => part.text);
    expect(marked).toEqual(expect.arrayContaining(['missiles']));
  });

  it('finds forms a later import brings, though the word was searched before', async () => {
    expect(await found('drone ')).toEqual([]);
    // The gazette writes only "drones": the singular must now find it.
    await importFixtures(corpus, ['figures-orvault-gazette.txt']);
    expect((await found('drone ')).length).toBeGreaterThan(0);
  });

  it('keeps a quoted phrase exact', async () => {
    const exact = await found('"soldat de garde"');
    expect(exact).toHaveLength(1);
    expect(await found('"soldats de garde"')).toEqual([]);
  });
});
