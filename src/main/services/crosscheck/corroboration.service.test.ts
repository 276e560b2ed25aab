import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  fixturesDir,
  importFixtures,
  temporaryCorpus,
} from '../../../../tests/support/temp-corpus';
import { fingerprintsVersion2 } from '../../db/migrations/007-fingerprints-v2';
import { indexMissingDocuments } from './crosscheck.indexer';

describe('corroboration over the flood fixtures', () => {
  let corpus: ReturnType<typeof temporaryCorpus>;
  const idOf = new Map<string, number>();

  beforeEach(async () => {
    corpus = temporaryCorpus();
    // The flood coverage of three outlets and a wire; the undated copy has tests of its own.
    const files = readdirSync(fixturesDir).filter(
      (file) => /^(crue|brenne)-/.test(file) && file !== 'crue-valmont-undated.txt',
    );
    const outcomes = await corpus.handlers['corpus:import']({
      sources: files.map((file) => ({ kind: 'path', path: join(fixturesDir, file) })),
    });
    outcomes.forEach((outcome, index) => idOf.set(files[index]!, outcome.documentId!));
  });
  afterEach(() => corpus.dispose());

  const list = () => corpus.handlers['corroboration:list']({});

  it('groups the mayor’s quote across the two French outlets, with its speaker', async () => {
    const { quotes } = await list();
    const mayor = quotes.find((quote) => quote.text.includes('tel niveau depuis 1982'));
    expect(mayor).toBeDefined();
    expect(mayor!.speakers).toEqual(['Hélène Garnier']);
    expect(new Set(mayor!.sources.map((source) => source.documentId))).toEqual(
      new Set([idOf.get('crue-valmont-courrier.txt'), idOf.get('crue-valmont-gazette.txt')]),
    );
    expect(mayor!.independentSources).toBe(2);
  });

  it('flags the wire and its republished copy as syndicated, counted as one source', async () => {
    const { syndication, quotes } = await list();
    expect(syndication).toHaveLength(1);
    expect(syndication[0]!.documents.map((document) => document.documentId).sort()).toEqual(
      [idOf.get('brenne-flood-wire.md'), idOf.get('brenne-flood-wire-copy.md')].sort(),
    );
    const wireQuote = quotes.find((quote) => quote.text.startsWith('We have not seen'))!;
    expect(wireQuote.documentCount).toBe(2);
    expect(wireQuote.independentSources).toBe(1);
  });

  it('reads "plus de 1 200" and "environ 1 300" evacuees as overlapping ranges, not a dispute', async () => {
    const { figures } = await list();
    const evacuees = figures.find((figure) =>
      figure.sources.some((source) => source.text.includes('1 300')),
    );
    expect(evacuees).toBeDefined();
    expect(evacuees!.verdict.kind).toBe('agree');
    expect(evacuees!.verdict.reason).toMatchObject({ code: 'compatible', ranges: true });
    expect(JSON.stringify(evacuees!.verdict.reason)).toContain('environ 1 300');
    expect(evacuees!.sources.map((source) => source.value)).toEqual(
      expect.arrayContaining([1200, 1300]),
    );
    const interventions = figures.find((figure) => figure.unit === 'intervention');
    expect(interventions?.verdict.kind).toBe('agree');
  });
});

describe('figures compared as claims', () => {
  it('compares only one night’s counts, and shows an estimate that changed with its dates', async () => {
    const corpus = temporaryCorpus();
    try {
      await importFixtures(corpus, [
        'figures-orvault-gazette.txt',
        'figures-orvault-courrier.txt',
        'figures-orvault-matin.txt',
      ]);
      const { figures } = await corpus.handlers['corroboration:list']({});
      const verdictOf = (text: string) =>
        figures.find((figure) => figure.sources.some((source) => source.text === text))?.verdict;
      // 40 and 55 drones the same night (one dated "du 3 au 4 mars", one "de lundi à mardi").
      expect(verdictOf('55 drones')?.kind).toBe('disagree');
      expect(JSON.stringify(verdictOf('55 drones')?.reason)).toContain(
        'Dans la nuit de lundi à mardi',
      );
      // 65 drones a week later is another attack, compared with nothing.
      expect(verdictOf('65 drones')).toBeUndefined();
      // 31 drones shot down is not a count of drones launched.
      expect(verdictOf('31 drones')).toBeUndefined();
      const firefighters = verdictOf('Environ 1 500 pompiers');
      expect(firefighters?.kind).toBe('changed');
      expect(firefighters?.reason).toMatchObject({
        code: 'changed',
        earlier: { when: { start: '2025-03-04' } },
        later: { when: { start: '2025-03-11' } },
      });
      expect(figures.some((figure) => figure.unit === 'mar')).toBe(false);
    } finally {
      corpus.dispose();
    }
  });
});

describe('similar passages carry their reasons', () => {
  it('names the shared quote, figure and names between the two French outlets', async () => {
    const corpus = temporaryCorpus();
    try {
      const files = ['crue-valmont-courrier.txt', 'crue-valmont-gazette.txt'];
      await corpus.handlers['corpus:import']({
        sources: files.map((file) => ({ kind: 'path', path: join(fixturesDir, file) })),
      });
      const [quote] = await corpus.handlers['search:query']({
        query: '"a déclaré le maire"',
        mode: 'text',
        limit: 1,
        filters: {},
      });
      const [best] = await corpus.handlers['crosscheck:similar']({
        passageId: quote!.passageId,
        limit: 3,
      });
      expect(best!.text).toContain('tel niveau depuis 1982');
      const kinds = best!.reasons.map((reason) => reason.kind);
      expect(kinds).toEqual(expect.arrayContaining(['quote', 'names', 'vector']));
      expect(best!.reasons).toContainEqual({
        kind: 'names',
        names: expect.arrayContaining(['Garnier']),
      });
    } finally {
      corpus.dispose();
    }
  });
});

describe('a corpus imported before cross-checking existed', () => {
  it('gets its quotes, figures and fingerprints when it is opened', async () => {
    const corpus = temporaryCorpus();
    try {
      await importFixtures(corpus, ['crue-valmont-courrier.txt', 'crue-valmont-gazette.txt']);
      // Simulate the older build: the rows this feature derives are absent.
      corpus.db.exec('DELETE FROM quotes; DELETE FROM figures; DELETE FROM document_fingerprints');
      expect(indexMissingDocuments(corpus.db)).toBe(2);
      const { quotes } = await corpus.handlers['corroboration:list']({});
      expect(quotes.some((quote) => quote.text.includes('tel niveau depuis 1982'))).toBe(true);
      expect(indexMissingDocuments(corpus.db)).toBe(0);
    } finally {
      corpus.dispose();
    }
  });

  it('rebuilds them after migration 7 drops fingerprints made with the old hash functions', async () => {
    const corpus = temporaryCorpus();
    try {
      await importFixtures(corpus, ['crue-valmont-courrier.txt', 'crue-valmont-gazette.txt']);
      const count = (table: string) =>
        (corpus.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      const before = ['quotes', 'figures', 'fingerprint_bands'].map(count);
      fingerprintsVersion2.up(corpus.db);
      expect(count('quotes') + count('document_fingerprints')).toBe(0);
      expect(indexMissingDocuments(corpus.db)).toBe(2);
      expect(['quotes', 'figures', 'fingerprint_bands'].map(count)).toEqual(before);
    } finally {
      corpus.dispose();
    }
  });
});
