import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir } from '../../../tests/support/temp-corpus';

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'recoupe.mjs');
const dataDir = mkdtempSync(join(tmpdir(), 'recoupe-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the real CLI launcher, as a user would. */
function recoupe(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, '--data', dataDir, ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('recoupe CLI', () => {
  const files = ['crue-valmont-courrier.txt', 'brenne-flood-wire.md'].map((file) =>
    join(fixturesDir, file),
  );

  it('imports files and prints one JSON value', () => {
    const result = recoupe('import', ...files, '--json');
    expect(result.status).toBe(0);
    const outcomes = JSON.parse(result.stdout);
    expect(outcomes).toEqual([
      expect.objectContaining({ file: files[0], status: 'imported', documentId: 1 }),
      expect.objectContaining({ file: files[1], status: 'imported', documentId: 2 }),
    ]);
    expect(outcomes[0]).toMatchObject({
      title:
        'Crue de la Brenne : 1 200 habitants évacués à Valmont, la préfecture déclenche le plan Orsec',
      publishedAt: '2025-03-14T08:12',
      publishedAtSource: 'text',
      language: 'fr',
    });
    expect(Object.keys(outcomes[1]).sort()).toEqual(
      [
        'author',
        'documentId',
        'file',
        'language',
        'outlet',
        'publishedAt',
        'publishedAtSource',
        'publishedBasis',
        'publishedPrecision',
        'publishedEarliest',
        'publishedLatest',
        'evidence',
        'status',
        'title',
        'titleMadeUp',
        'url',
      ].sort(),
    );
    expect(outcomes[0]).toMatchObject({ publishedBasis: 'stated', publishedPrecision: 'day' });
  });

  it('answers duplicate on a second import', () => {
    const outcomes = JSON.parse(recoupe('import', ...files, '--json').stdout);
    expect(outcomes.map((outcome: { status: string }) => outcome.status)).toEqual([
      'duplicate',
      'duplicate',
    ]);
  });

  it('lists a page of documents with --limit and --offset', () => {
    const all = JSON.parse(recoupe('list', '--json').stdout) as { id: number }[];
    const second = JSON.parse(recoupe('list', '--limit', '1', '--offset', '1', '--json').stdout);
    expect(second.map((document: { id: number }) => document.id)).toEqual([all[1]!.id]);
    expect(JSON.parse(recoupe('list', '--offset', '2', '--json').stdout)).toEqual([]);
    expect(recoupe('list', '--offset', '-1').status).toBe(2);
  });

  it('lists, shows, searches and finds similar passages', () => {
    const list = JSON.parse(recoupe('list', '--json').stdout);
    expect(list).toHaveLength(2);
    expect(Object.keys(list[0]).sort()).toEqual(
      [
        'author',
        'fileName',
        'id',
        'language',
        'outlet',
        'passageCount',
        'publishedAt',
        'publishedBasis',
        'publishedPrecision',
        'publishedEarliest',
        'publishedLatest',
        'title',
        'url',
      ].sort(),
    );
    const shown = JSON.parse(recoupe('show', '1', '--json').stdout);
    expect(shown).toMatchObject({
      title: expect.stringMatching(/^Crue de la Brenne/),
      language: 'fr',
    });
    // Passages are the body only: not the menu, the headline or the comment form.
    const passageText = shown.passages.map((passage: { text: string }) => passage.text).join('\n');
    expect(passageText).not.toMatch(/Menu|Crue de la Brenne :|COMMENTAIRE|Photo :/);
    expect(shown.passages[0]).toEqual(
      expect.objectContaining({
        id: expect.any(Number),
        ordinal: 0,
        start: expect.any(Number),
        end: expect.any(Number),
      }),
    );
    const hits = JSON.parse(recoupe('search', '1982', '--limit', '5', '--json').stdout);
    expect(hits.length).toBe(2);
    expect(hits[0]).toEqual(
      expect.objectContaining({
        passageId: expect.any(Number),
        documentId: expect.any(Number),
        score: expect.any(Number),
      }),
    );
    const similar = JSON.parse(recoupe('similar', String(hits[0].passageId), '--json').stdout);
    expect(
      similar.every((hit: { documentId: number }) => hit.documentId !== hits[0].documentId),
    ).toBe(true);
  }, 60_000);

  it('re-processes a document from its stored bytes, keeping its id', () => {
    const result = recoupe('reprocess', '1', '--json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        id: 1,
        title: expect.stringMatching(/^Crue de la Brenne/),
        passageCount: expect.any(Number),
      },
    ]);
  });

  it('re-processes every document with --all after an automatic backup, and says how it went', () => {
    const result = recoupe('reprocess', '--all');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^(\d+) of \1 documents re-processed \(done\)$/m);
    expect(
      readdirSync(join(dataDir, 'backups')).some((name) => /^auto-.*\.sqlite$/.test(name)),
    ).toBe(true);
    expect(recoupe('reprocess', '--all', '1').status).toBe(2);
    expect(recoupe('reprocess').status).toBe(2);
  });

  it('corrects fields with set, keeps them across re-processing, and gives one back with auto', () => {
    const set = recoupe(
      'set',
      '2',
      '--outlet',
      'Brenne Wire',
      '--published',
      '2025-03-14',
      '--json',
    );
    expect(set.status).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({
      id: 2,
      outlet: 'Brenne Wire',
      publishedAt: '2025-03-14',
      publishedBasis: 'user',
    });
    recoupe('reprocess', '2');
    const shown = JSON.parse(recoupe('show', '2', '--json').stdout);
    expect(shown).toMatchObject({ outlet: 'Brenne Wire', publishedBasis: 'user' });
    expect(shown.evidence.outlet).toEqual([{ kind: 'user', words: 'Brenne Wire' }]);
    const back = JSON.parse(recoupe('set', '2', '--outlet', 'auto', '--json').stdout);
    expect(back.outlet).not.toBe('Brenne Wire');
    expect(recoupe('set', '2').status).toBe(2);
  });

  it('prints readable tables without --json', () => {
    const result = recoupe('list');
    expect(result.stdout).toMatch(/^id\s+title/);
    expect(result.stdout).toMatch(/Floods force 1,200/);
  });

  it('reports errors on stderr with a non-zero exit', () => {
    const missing = recoupe('show', '99');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Document 99 does not exist/);
    expect(missing.stdout).toBe('');
    const usage = recoupe('frobnicate');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/Unknown command: frobnicate/);
  });

  it('refuses a word a command does not take, instead of running as if it had been read', () => {
    const stray = recoupe('list', '5');
    expect(stray.status).toBe(2);
    expect(stray.stdout).toBe('');
    expect(stray.stderr).toMatch(/^list takes no arguments; "5" was not expected\./);
    expect(stray.stderr).toMatch(/Usage: list \[--limit N\]/);
    const extra = recoupe('show', '1', '2');
    expect(extra.status).toBe(2);
    expect(extra.stderr).toMatch(/^show takes one argument; "2" was not expected\./);
    // Commands that take any number of words still take them.
    expect(recoupe('search', 'Brenne', 'crue').status).toBe(0);
  });

  it('exits non-zero when a file in a batch fails, still importing the rest', () => {
    const result = recoupe(
      'import',
      join(fixturesDir, 'nope.pdf'),
      join(fixturesDir, 'crue-valmont-gazette.txt'),
      '--json',
    );
    expect(result.status).toBe(1);
    const outcomes = JSON.parse(result.stdout);
    expect(outcomes.map((outcome: { status: string }) => outcome.status)).toEqual([
      'failed',
      'imported',
    ]);
  });

  it('lists highlights and re-anchors them', async () => {
    const { openCorpus } = await import('../app/corpus');
    const corpus = openCorpus(dataDir);
    const text = corpus.handlers['documents:get']({ id: 1 }) as { text: string };
    const start = text.text.indexOf('tel niveau depuis 1982');
    corpus.handlers['highlights:create']({
      documentId: 1,
      start,
      end: start + 22,
      color: 'blue',
      comment: 'même citation ailleurs',
      tags: ['maire'],
    });
    corpus.close();
    const listed = JSON.parse(recoupe('highlights', '1', '--json').stdout);
    expect(listed).toMatchObject([{ exact: 'tel niveau depuis 1982', color: 'blue' }]);
    const report = recoupe('reanchor', '1');
    expect(report.status).toBe(0);
    expect(report.stdout).toContain('Document 1: 1 anchored, 0 moved, 0 edited, 0 orphaned.');
  });
});
