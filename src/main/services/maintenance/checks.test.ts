import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir, temporaryCorpus } from '../../../../tests/support/temp-corpus';
import { corpusChecks, problemFrom, runChecks, type CorpusCheck } from './checks';

describe('corpus checks', () => {
  let corpus: ReturnType<typeof temporaryCorpus>;
  beforeEach(async () => {
    corpus = temporaryCorpus();
    await corpus.handlers['corpus:import']({
      sources: ['crue-valmont-courrier.txt', 'brenne-flood-wire.md'].map((file) => ({
        kind: 'path' as const,
        path: join(fixturesDir, file),
      })),
    });
  });
  afterEach(() => corpus.dispose());

  const check = (repair = false) => corpus.handlers['corpus:check']({ repair });
  const statusOf = async (repair = false) =>
    Object.fromEntries((await check(repair)).checks.map((result) => [result.name, result.status]));
  const firstPassage = () =>
    corpus.db.prepare('SELECT id, text FROM passages ORDER BY length(text) DESC LIMIT 1').get() as {
      id: number;
      text: string;
    };

  it('finds a freshly imported corpus consistent', async () => {
    const report = await check();
    expect(report.ok).toBe(true);
    expect(report.checks.map((result) => result.name)).toEqual(
      corpusChecks().map((item) => item.name),
    );
  });

  it('finds a passage missing from the full-text index and rebuilds it', async () => {
    const passage = firstPassage();
    corpus.db
      .prepare(`INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', ?, ?)`)
      .run(passage.id, passage.text);
    const report = await check();
    const fullText = report.checks.find((result) => result.name === 'full-text-index')!;
    expect(report.ok).toBe(false);
    expect(fullText.problems[0]).toMatchObject({ count: 1, ids: [passage.id] });
    expect((await statusOf(true))['full-text-index']).toBe('repaired');
    expect((await check()).ok).toBe(true);
    const word = passage.text.match(/\p{L}{6,}/u)![0];
    const hits = corpus.db
      .prepare('SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?')
      .all(`"${word}"`) as { rowid: number }[];
    expect(hits.map((hit) => hit.rowid)).toContain(passage.id);
  });

  it('finds missing and orphaned vectors and recomputes them', async () => {
    const passage = firstPassage();
    const before = corpus.db
      .prepare('SELECT embedding FROM passage_vectors WHERE rowid = ?')
      .get(BigInt(passage.id)) as { embedding: Uint8Array };
    corpus.db.prepare('DELETE FROM passage_vectors WHERE rowid = ?').run(BigInt(passage.id));
    corpus.db
      .prepare('INSERT INTO passage_vectors (rowid, embedding, document_id) VALUES (?, ?, ?)')
      .run(99_999n, new Float32Array(256).fill(0.0625), 1n);
    const vectors = (await check()).checks.find((result) => result.name === 'passage-vectors')!;
    expect(vectors.problems.map((problem) => problem.ids)).toEqual([[passage.id], [99_999]]);
    expect((await statusOf(true))['passage-vectors']).toBe('repaired');
    const after = corpus.db
      .prepare('SELECT embedding FROM passage_vectors WHERE rowid = ?')
      .get(BigInt(passage.id)) as { embedding: Uint8Array };
    expect(Buffer.from(after.embedding).equals(Buffer.from(before.embedding))).toBe(true);
    expect((await check()).ok).toBe(true);
  });

  it('deletes orphaned passages, reports bad offsets and empty documents without touching them', async () => {
    corpus.db.exec('PRAGMA foreign_keys = OFF');
    corpus.db
      .prepare(
        'INSERT INTO passages (document_id, ordinal, start_offset, end_offset, text) VALUES (77, 0, 0, 5, ?)',
      )
      .run('orphan');
    corpus.db.exec('PRAGMA foreign_keys = ON');
    corpus.db.prepare('UPDATE passages SET end_offset = end_offset + 3 WHERE id = 2').run();
    corpus.db
      .prepare(
        `INSERT INTO documents (content_hash, file_name, format, title, imported_at, original, text)
         VALUES ('x', 'empty.txt', 'txt', 'Empty', '2026-01-01', x'00', 'text')`,
      )
      .run();
    expect(await statusOf()).toMatchObject({
      'orphan-passages': 'problem',
      'passage-offsets': 'problem',
      'documents-have-passages': 'problem',
    });
    const repaired = await check(true);
    const byName = Object.fromEntries(repaired.checks.map((result) => [result.name, result]));
    expect(byName['orphan-passages']!.status).toBe('repaired');
    // No safe repair: reported with what to do, and the rows are left as they were.
    expect(byName['passage-offsets']).toMatchObject({ status: 'problem', repairable: false });
    expect(byName['passage-offsets']!.problems[0]!.ids).toEqual([2]);
    expect(byName['documents-have-passages']!.remedy).toMatch(/import its file again/);
    expect(repaired.ok).toBe(false);
  });

  it('runs checks a feature adds, with their repairs', async () => {
    let broken = true;
    const featureCheck: CorpusCheck = {
      name: 'feature-rows',
      description: 'a feature’s rows agree',
      remedy: 'Fix them.',
      find: () => problemFrom('broken rows', broken ? [1, 2] : []),
      repair: () => {
        broken = false;
      },
    };
    const context = { db: corpus.db, embedder: { id: 'x', dimensions: 1, embed: async () => [] } };
    const report = await runChecks(context, { repair: true }, [featureCheck]);
    expect(report).toMatchObject({
      ok: true,
      checks: [{ name: 'feature-rows', status: 'repaired' }],
    });
  });
});
