import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir, seedsDir, temporaryCorpus } from '../../../../tests/support/temp-corpus';
import { everyDocument } from '../../../../tests/support/library';

const bytesSource = (name: string, bytes: Uint8Array | string) => ({
  kind: 'bytes' as const,
  name,
  base64: Buffer.from(bytes).toString('base64'),
});

describe('import', () => {
  let corpus: ReturnType<typeof temporaryCorpus>;
  beforeEach(() => {
    corpus = temporaryCorpus();
  });
  afterEach(() => corpus.dispose());
  const importSources = (
    sources: Parameters<(typeof corpus.handlers)['corpus:import']>[0]['sources'],
  ) => corpus.handlers['corpus:import']({ sources });
  const count = (table: string) =>
    (corpus.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  it('stores a text file with its passages, FTS rows and vectors in step', async () => {
    const [outcome] = await importSources([
      { kind: 'path', path: join(fixturesDir, 'crue-valmont-courrier.txt') },
    ]);
    expect(outcome).toMatchObject({ status: 'imported', documentId: 1 });
    const document = await corpus.handlers['documents:get']({ id: 1 });
    expect(document.title).toBe(
      'Crue de la Brenne : 1 200 habitants évacués à Valmont, la préfecture déclenche le plan Orsec',
    );
    expect(document.language).toBe('fr');
    for (const passage of document.passages) {
      expect(document.text.slice(passage.start, passage.end)).toBe(passage.text);
    }
    expect(count('passages')).toBe(document.passages.length);
    expect(count('passage_vectors')).toBe(document.passages.length);
    const fts = corpus.db
      .prepare("SELECT count(*) AS n FROM passages_fts WHERE passages_fts MATCH 'orsec'")
      .get();
    // The headline is the title, not a passage: only the body's mention is indexed.
    expect(fts).toEqual({ n: 1 });
  });

  it('takes a Markdown title from its first heading and drops the markup', async () => {
    const [outcome] = await importSources([
      { kind: 'path', path: join(fixturesDir, 'brenne-flood-wire.md') },
    ]);
    const document = await corpus.handlers['documents:get']({ id: outcome!.documentId! });
    expect(document.title).toBe('Floods force 1,200 from their homes in central France');
    expect(document.language).toBe('en');
    expect(document.text).not.toMatch(/[#*]/);
  });

  it('answers "duplicate" for the same bytes under another name, never storing a second copy', async () => {
    const bytes = 'Un article. Avec assez de mots pour être un article de presse.';
    await importSources([bytesSource('a.txt', bytes)]);
    const [again] = await importSources([bytesSource('copie de a.txt', bytes)]);
    expect(again).toMatchObject({ status: 'duplicate', documentId: 1 });
    expect(count('documents')).toBe(1);
  });

  it('answers "duplicate" for the same article saved in another encoding', async () => {
    const text = readFileSync(join(fixturesDir, 'crue-valmont-gazette.txt'), 'utf8');
    const [first] = await importSources([bytesSource('gazette.txt', text)]);
    const latin = iconv.encode(text.replace(/’/g, "'"), 'windows-1252');
    const utf16 = iconv.encode(text, 'utf-16le', { addBOM: true });
    const again = await importSources([
      bytesSource('gazette (1).txt', utf16),
      bytesSource('gazette-crlf.txt', text.replace(/\n/g, '\r\n')),
    ]);
    expect(again.map((outcome) => [outcome.status, outcome.documentId])).toEqual([
      ['duplicate', first!.documentId],
      ['duplicate', first!.documentId],
    ]);
    // Different characters (straight apostrophes) make a different text: imported, not merged.
    const [other] = await importSources([bytesSource('gazette-latin1.txt', latin)]);
    expect(other!.status).toBe('imported');
  });

  it('gives each bad file a specific error and still imports the others', async () => {
    const outcomes = await importSources([
      bytesSource('empty.txt', ''),
      bytesSource('binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff])),
      bytesSource(
        'latin1.txt',
        new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65]),
      ),
      bytesSource('photo.jpg', 'not really'),
      bytesSource('blank.md', '\n\n   \n'),
      { kind: 'path', path: join(fixturesDir, 'does-not-exist.txt') },
      { kind: 'path', path: join(fixturesDir, 'crue-valmont-gazette.txt') },
    ]);
    expect(outcomes.map((outcome) => [outcome.status, outcome.errorCode])).toEqual([
      ['failed', 'empty-file'],
      ['failed', 'binary-file'],
      ['imported', undefined],
      ['failed', 'unsupported-format'],
      ['failed', 'empty-file'],
      ['failed', 'not-found'],
      ['imported', undefined],
    ]);
    expect(outcomes[3]!.error).toMatch(/Supported formats: .txt.*\.html.*\.pdf, \.docx/);
    const latin = await corpus.handlers['documents:get']({ id: outcomes[2]!.documentId! });
    expect(latin.text).toBe('café crème');
    expect(count('documents')).toBe(2);
  });

  it('leaves nothing behind when storing a file fails part-way', async () => {
    // A trigger that fails on the third passage stands in for a full disk mid-import.
    corpus.db.exec(`CREATE TRIGGER fail_third AFTER INSERT ON passages WHEN new.ordinal = 2
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const [outcome] = await importSources([
      { kind: 'path', path: join(fixturesDir, 'crue-valmont-courrier.txt') },
    ]);
    expect(outcome).toMatchObject({ status: 'failed', errorCode: 'storage-failed' });
    expect([count('documents'), count('passages'), count('passage_vectors')]).toEqual([0, 0, 0]);
    expect(
      corpus.db
        .prepare("SELECT count(*) AS n FROM passages_fts WHERE passages_fts MATCH 'orsec'")
        .get(),
    ).toEqual({ n: 0 });
  });
});

describe.skipIf(!existsSync(seedsDir))('import of the shared seed corpus', () => {
  it('imports the five seeds once, then answers duplicate, and finds Koursk in all five', async () => {
    const corpus = temporaryCorpus();
    try {
      const sources = readdirSync(seedsDir).map((file) => ({
        kind: 'path' as const,
        path: join(seedsDir, file),
      }));
      const first = await corpus.handlers['corpus:import']({ sources });
      expect(first.map((outcome) => outcome.status)).toEqual(Array(5).fill('imported'));
      const second = await corpus.handlers['corpus:import']({ sources });
      expect(second.map((outcome) => outcome.status)).toEqual(Array(5).fill('duplicate'));
      const hits = await corpus.handlers['search:query']({
        query: 'Koursk',
        limit: 100,
        mode: 'text',
        filters: {},
      });
      expect(new Set(hits.map((hit) => hit.documentId)).size).toBe(5);
    } finally {
      corpus.dispose();
    }
  });
});

describe.skipIf(!existsSync(seedsDir))('cleaning of the shared seed corpus', () => {
  const boilerplate = [
    /^(Menu|More)$/m,
    /\*\.\*\.\*/,
    /Ouvrir en mode plein écran/,
    /^Photo :/m,
    /LAISSER UN COMMENTAIRE/,
    /S'il vous plaît/,
    /Exit mobile version/,
    /Related News/,
    /Source link|Publish date|Tags :|Copyright/,
    /^(Actualités|Categories)$/m,
    /REUTERS\//,
  ];

  it('imports all five with bodies free of page furniture, titles, and the stated metadata', async () => {
    const corpus = temporaryCorpus();
    try {
      const files = readdirSync(seedsDir).sort();
      for (const file of files) {
        const raw = readFileSync(join(seedsDir, file), 'utf8');
        const [outcome] = await corpus.handlers['corpus:import']({
          sources: [{ kind: 'path', path: join(seedsDir, file) }],
        });
        expect(outcome, file).toMatchObject({ status: 'imported' });
        const document = await corpus.handlers['documents:get']({ id: outcome!.documentId! });
        for (const pattern of boilerplate)
          expect(document.text, `${file} ${pattern}`).not.toMatch(pattern);
        expect(document.title.split(/\s+/).length, file).toBeGreaterThanOrEqual(5);
        expect(document.language).toBe('fr');
        // A headline is one whole line of the file; with none, the first sentence stands in.
        const lines = raw.split('\n').map((line) => line.trim());
        expect(
          lines.some((line) => line.startsWith(document.title.replace(/…$/, ''))),
          file,
        ).toBe(true);
        // Once a comment form or a list of other articles starts, nothing after it is body.
        const { blocks } = await corpus.handlers['documents:source']({ id: document.id });
        const tailStart = blocks.findIndex(
          (block) => block.kind === 'form' || /^(Actualités|Related News :)$/.test(block.text),
        );
        if (tailStart >= 0)
          expect(
            blocks.slice(tailStart).some((block) => block.included),
            file,
          ).toBe(false);
        for (const passage of document.passages)
          expect(document.text.slice(passage.start, passage.end)).toBe(passage.text);
      }
      const dated = (await everyDocument(corpus.handlers)).filter((document) => document.url);
      expect(dated).toHaveLength(1);
      expect(dated[0]).toMatchObject({
        url: expect.stringMatching(/^https:\/\/www\.lexpress\.fr\//),
        outlet: expect.stringMatching(/Express/),
        publishedAt: expect.stringMatching(/^2024-10-28T13:15/),
        publishedAtSource: 'text',
      });
    } finally {
      corpus.dispose();
    }
  });
});

describe('document indexers', () => {
  it('run inside the import transaction: a failing indexer leaves no document behind', async () => {
    const corpus = temporaryCorpus();
    try {
      const { ImportService } = await import('./import.service');
      const { ImportJobs } = await import('./import-jobs');
      const { LexicalHashEmbedder } = await import('../embedding/lexical-hash-embedder');
      const seen: string[] = [];
      const importer = new ImportService(corpus.db, new LexicalHashEmbedder(), [
        { name: 'records', index: (_db, document) => void seen.push(document.title) },
        {
          name: 'breaks',
          index: () => {
            throw new Error('indexer failed');
          },
        },
      ]);
      const [outcome] = await new ImportJobs(importer).importAll([
        { kind: 'path', path: join(fixturesDir, 'crue-valmont-gazette.txt') },
      ]);
      expect(outcome).toMatchObject({
        status: 'failed',
        error: expect.stringMatching(/indexer failed/),
      });
      expect(seen).toEqual(['Inondations : à Valmont, la nuit où la Brenne a débordé']);
      expect(corpus.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
    } finally {
      corpus.dispose();
    }
  });
});
