import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTestBed, settleJob } from '../../../../tests/support/import-test-bed';
import { fixturesDir, temporaryCorpus } from '../../../../tests/support/temp-corpus';

const article = (index: number) =>
  `Brève numéro ${index} : la Brenne baisse à Valmont\n\nLa préfecture a annoncé ${index} nouvelles levées de restrictions dans les communes riveraines de la Brenne, dont Valmont et Saint-Aubin.`;

describe('import jobs', () => {
  const bed = importTestBed('recoupe-jobs-');

  it('corpus:import takes each source as one file: a folder is refused there, not walked', async () => {
    writeFileSync(join(bed.folder, 'a.txt'), article(1));
    const [outcome] = await bed.corpus.handlers['corpus:import']({
      sources: [{ kind: 'path', path: bed.folder }],
    });
    expect(outcome).toEqual({
      file: bed.folder,
      status: 'failed',
      error: `${bed.folder} is not a file.`,
      errorCode: 'invalid-input',
    });
    expect(await bed.corpus.handlers['corpus:stats']({})).toMatchObject({ documents: 0 });
  });

  it('walks a folder in the background, one status per file, a bad file never stopping the rest', async () => {
    mkdirSync(join(bed.folder, 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(bed.folder, 'a.txt'), article(1));
    writeFileSync(join(bed.folder, 'sub', 'b « crue » #2.md'), `# Titre\n\n${article(2)}`);
    writeFileSync(join(bed.folder, 'sub', 'deeper', 'broken.pdf'), 'not a pdf');
    writeFileSync(join(bed.folder, 'sub', 'notes.jpg'), 'ignored: not an article format');
    writeFileSync(join(bed.folder, '.hidden.txt'), 'ignored');
    writeFileSync(join(bed.folder, 'copy.txt'), article(1));
    writeFileSync(
      join(bed.folder, 'page.html'),
      readFileSync(join(fixturesDir, 'digue-valmont-page.html')),
    );
    const started = await bed.corpus.handlers['import:start']({
      sources: [{ kind: 'path', path: bed.folder }],
    });
    expect(started.state).toBe('running');
    const job = await settleJob(bed.corpus, started.id);
    const byName = Object.fromEntries(job.items.map((item) => [item.file.split('/').pop(), item]));
    expect(Object.keys(byName).sort()).toEqual([
      'a.txt',
      'b « crue » #2.md',
      'broken.pdf',
      'copy.txt',
      'page.html',
    ]);
    expect(byName['broken.pdf']).toMatchObject({ status: 'failed', errorCode: 'corrupt-file' });
    expect([byName['copy.txt']!.status, byName['a.txt']!.status].sort()).toEqual([
      'duplicate',
      'imported',
    ]);
    expect(byName['page.html']!.status).toBe('imported');
    expect(job).toMatchObject({ state: 'done', total: 5, finished: 5, scanning: false });
  });

  it('streams a folder of a thousand files without listing it first', async () => {
    for (let index = 0; index < 1000; index++)
      writeFileSync(join(bed.folder, `${index}.txt`), article(index));
    const started = await bed.corpus.handlers['import:start']({
      sources: [{ kind: 'path', path: bed.folder }],
    });
    // Right after the start only the first files are known: the folder is walked as it goes.
    expect(started.total).toBeLessThan(5);
    const cancelled = await bed.corpus.handlers['import:cancel']({ jobId: started.id });
    expect(cancelled.state === 'cancelled' || cancelled.state === 'running').toBe(true);
    const job = await settleJob(bed.corpus, started.id);
    expect(job.state).toBe('cancelled');
    expect(job.items.filter((item) => item.status === 'imported').length).toBeLessThan(5);
    const counted = (await bed.corpus.handlers['corpus:stats']({})).documents;
    expect(counted).toBe(job.items.filter((item) => item.status === 'imported').length);
  }, 20_000);

  it('takes browser-mode bytes added one file at a time', async () => {
    const started = await bed.corpus.handlers['import:start']({ sources: [] });
    await bed.corpus.handlers['import:add']({
      jobId: started.id,
      sources: [
        { kind: 'bytes', name: 'a.txt', base64: Buffer.from(article(7)).toString('base64') },
      ],
    });
    await bed.corpus.handlers['import:add']({
      jobId: started.id,
      sources: [{ kind: 'bytes', name: 'b.exe', base64: Buffer.from('MZ').toString('base64') }],
    });
    const job = await settleJob(bed.corpus, started.id);
    expect(job.items.map((item) => [item.file, item.status, item.errorCode])).toEqual([
      ['a.txt', 'imported', undefined],
      ['b.exe', 'failed', 'unsupported-format'],
    ]);
  });
});

describe('corrections and re-processing', () => {
  it('keeps user corrections and block choices across re-processing, with the same document id', async () => {
    const corpus = temporaryCorpus();
    try {
      const [outcome] = await corpus.handlers['corpus:import']({
        sources: [{ kind: 'path', path: join(fixturesDir, 'digue-valmont-scrape.txt') }],
      });
      const id = outcome!.documentId!;
      const updated = await corpus.handlers['documents:update']({
        id,
        fields: { outlet: 'L’Écho de Valmont (édition Brenne)', publishedAt: '15 mars 2025' },
      });
      expect(updated).toMatchObject({
        id,
        outlet: 'L’Écho de Valmont (édition Brenne)',
        publishedAt: '2025-03-15',
        publishedAtSource: 'user',
        author: 'Claire Dumas',
      });
      const { blocks, fieldSources } = await corpus.handlers['documents:source']({ id });
      expect(fieldSources).toMatchObject({ outlet: 'user', author: 'text', title: 'text' });
      const caption = blocks.find((block) => block.text.startsWith('Des bénévoles'))!;
      expect(caption).toMatchObject({ kind: 'caption', included: false });
      const before = await corpus.handlers['documents:get']({ id });
      const restored = await corpus.handlers['documents:setBlocks']({
        id,
        ordinals: [caption.ordinal],
        included: true,
      });
      expect(restored.text).toContain('Des bénévoles remplissent');
      expect(restored.passages.some((passage) => passage.text.startsWith('Des bénévoles'))).toBe(
        true,
      );
      // Passages whose text did not change keep their ids (notes link to them).
      const ids = (detail: typeof before) =>
        new Map(detail.passages.map((passage) => [passage.text, passage.id]));
      for (const [text, passageId] of ids(before)) expect(ids(restored).get(text)).toBe(passageId);
      expect(ids(restored).size).toBe(ids(before).size + 1);
      expect(restored.passages.map((passage) => passage.ordinal)).toEqual(
        restored.passages.map((_, index) => index),
      );

      const again = await corpus.handlers['documents:reprocess']({ id });
      expect(again).toMatchObject({
        id,
        outlet: 'L’Écho de Valmont (édition Brenne)',
        publishedAt: '2025-03-15',
      });
      expect(again.text).toContain('Des bénévoles remplissent');
      const after = await corpus.handlers['documents:source']({ id });
      expect(after.blocks.find((block) => block.ordinal === caption.ordinal)).toMatchObject({
        kind: 'caption',
        included: true,
        overridden: true,
      });
      // Giving a field back to the import restores what the file says.
      const reverted = await corpus.handlers['documents:update']({
        id,
        fields: { outlet: null },
      });
      expect(reverted.outlet).toBe('L’Écho de Valmont');
      const fts = corpus.db
        .prepare("SELECT count(*) AS n FROM passages_fts WHERE passages_fts MATCH 'benevoles'")
        .get();
      expect(fts).toEqual({ n: 1 });
      expect(corpus.db.prepare('SELECT count(*) AS n FROM passage_vectors').get()).toEqual({
        n: again.passages.length,
      });
    } finally {
      corpus.dispose();
    }
  });
});
