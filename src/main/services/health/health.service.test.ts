import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { damagePages } from '../../../../tests/support/damage';
import { fixturesDir } from '../../../../tests/support/temp-corpus';
import { temporaryFolders } from '../../../../tests/support/temp-folders';
import { openCorpus, UNCLEAN_MARKER, type Corpus } from '../../app/corpus';
import { SettingsRepository } from '../../db/repositories/settings.repo';
import { dispatch } from '../../app/dispatch';
import { ConfiguredEmbedder } from '../embedding/configured-embedder';
import { CHECK_EVERY_MS, HEALTH_CHECKED_SETTING, HealthService } from './health.service';
import { everyDocument } from '../../../../tests/support/library';

const articles = ['crue-valmont-courrier.txt', 'crue-valmont-gazette.txt', 'brenne-flood-wire.md'];

describe('the corpus health check', () => {
  const folders = temporaryFolders('recoupe-health-');
  const open: Corpus[] = [];
  afterEach(() => {
    open.splice(0).forEach((corpus) => corpus.close());
    folders.removeAll();
  });
  const openIn = (dataDir: string) => {
    const corpus = openCorpus(dataDir, { buildVectorIndex: false });
    open.push(corpus);
    return corpus;
  };
  const healthOf = (corpus: Corpus, now = () => new Date()) =>
    new HealthService(corpus.db, {
      file: join(corpus.dataDir, 'corpus.sqlite'),
      embedder: new ConfiguredEmbedder(null),
      uncleanMarker: join(corpus.dataDir, UNCLEAN_MARKER),
      now,
      defer: () => {},
    });

  /** A corpus with three articles and a note, closed so its file can be damaged. */
  async function writtenCorpus(options: { backup?: boolean } = {}) {
    const dataDir = folders.make();
    const corpus = openCorpus(dataDir, { buildVectorIndex: false });
    await corpus.handlers['corpus:import']({
      sources: articles.map((file) => ({ kind: 'path' as const, path: join(fixturesDir, file) })),
    });
    await corpus.handlers['notes:create']({ title: 'Kept through the damage' });
    if (options.backup) await corpus.handlers['corpus:backup']({});
    corpus.close();
    return { dataDir, file: join(dataDir, 'corpus.sqlite') };
  }

  it('is due after an unclean shutdown and once a week, driven by the clock', async () => {
    const { dataDir } = await writtenCorpus();
    let now = new Date('2026-03-01T10:00:00Z');
    const corpus = openIn(dataDir);
    const health = healthOf(corpus, () => now);
    expect(health.due()).toBe('weekly');
    expect((await health.check('weekly')).state).toBe('sound');
    expect(new SettingsRepository(corpus.db).get(HEALTH_CHECKED_SETTING)).toBe(now.toISOString());
    now = new Date(now.getTime() + CHECK_EVERY_MS - 60_000);
    expect(health.due()).toBeNull();
    now = new Date(now.getTime() + 60_000);
    expect(health.due()).toBe('weekly');
    writeFileSync(join(dataDir, UNCLEAN_MARKER), '');
    expect(health.due()).toBe('unclean-shutdown');
    await health.check('unclean-shutdown');
    expect(existsSync(join(dataDir, UNCLEAN_MARKER))).toBe(false);
  });

  it("leaves the crash marker when a process's in-use mark outlived it", async () => {
    const { dataDir } = await writtenCorpus();
    // A mark from a process id that no longer runs: what a killed app leaves.
    writeFileSync(join(dataDir, '.in-use', '999999'), '');
    openIn(dataDir);
    expect(existsSync(join(dataDir, UNCLEAN_MARKER))).toBe(true);
  });

  it('finds damage to the vectors only, keeps the corpus readable and rebuilds it', async () => {
    const { dataDir, file } = await writtenCorpus();
    damagePages(file, 'passage_vectors_vector_chunks00', 3);
    const corpus = openIn(dataDir);
    const health = healthOf(corpus);
    const found = await health.check('unclean-shutdown');
    expect(found).toMatchObject({
      state: 'damaged',
      damage: { derivedOnly: true, tables: ['passage_vectors_vector_chunks00'] },
    });
    // Readable, but nothing more is written to the damaged file.
    expect(await dispatch(corpus.handlers, 'corpus:stats', {})).toMatchObject({ ok: true });
    expect(await dispatch(corpus.handlers, 'notes:create', { title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'read-only' },
    });

    const recovered = await health.rebuild();
    expect(recovered.state).toBe('recovered');
    expect(existsSync(recovered.recovery!.damagedFileKeptAs)).toBe(true);
    const report = await corpus.handlers['corpus:check']({ repair: false });
    expect(report.checks.filter((check) => check.status !== 'ok')).toEqual([]);
    const hits = await dispatch(corpus.handlers, 'search:query', { query: 'Valmont' });
    expect(hits.ok ? (hits.value as unknown[]).length : 0).toBeGreaterThan(0);
    expect((await everyDocument(corpus.handlers)).length).toBe(3);
    expect((await corpus.handlers['notes:list']({ query: '' })).map((note) => note.title)).toEqual([
      'Kept through the damage',
    ]);
    expect(await dispatch(corpus.handlers, 'notes:create', { title: 'after' })).toMatchObject({
      ok: true,
    });
  });

  it('restores the newest sound backup when the damage reaches the articles', async () => {
    const { dataDir, file } = await writtenCorpus({ backup: true });
    damagePages(file, 'documents', 1);
    const corpus = openIn(dataDir);
    const health = healthOf(corpus);
    const found = await health.check('weekly');
    expect(found.state).toBe('damaged');
    expect(found.damage?.derivedOnly).toBe(false);
    expect(found.damage?.tables).toContain('documents');
    expect(found.damage?.backup?.path).toMatch(/backups\/corpus-.*\.sqlite$/);
    await expect(health.rebuild()).rejects.toThrow(/restore the newest backup/);

    const recovered = await health.restore();
    expect(recovered).toMatchObject({ state: 'recovered', recovery: { kind: 'restore' } });
    expect(existsSync(recovered.recovery!.damagedFileKeptAs)).toBe(true);
    expect((await corpus.handlers['corpus:check']({ repair: false })).ok).toBe(true);
    expect((await everyDocument(corpus.handlers)).length).toBe(3);
  });
});
