import { spawnSync } from 'node:child_process';
import { DatabaseSync } from 'node:sqlite';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../../tests/support/temp-folders';
import { fixturesDir } from '../../../../tests/support/temp-corpus';
import { openCorpus } from '../../app/corpus';
import { SCHEMA_VERSION } from '../../db/migrations';
import { restoreCorpus } from './backup';
import { everyDocument } from '../../../../tests/support/library';

const folders = temporaryFolders('recoupe-backup-');
const folder = () => folders.make();
afterEach(() => folders.removeAll());

const fixture = (file: string) => ({ kind: 'path' as const, path: join(fixturesDir, file) });

async function corpusWith(files: string[]) {
  const dataDir = folder();
  const corpus = openCorpus(dataDir);
  await corpus.handlers['corpus:import']({ sources: files.map(fixture) });
  return corpus;
}

describe('backup and restore', () => {
  it('backs up while the corpus keeps importing, into a sound, consistent copy', async () => {
    const corpus = await corpusWith(['crue-valmont-courrier.txt']);
    const out = join(folder(), 'copy.sqlite');
    const [outcome] = await Promise.all([
      corpus.handlers['corpus:backup']({ path: out }),
      corpus.handlers['corpus:import']({ sources: [fixture('brenne-flood-wire.md')] }),
    ]);
    expect(outcome).toEqual({ path: out, bytes: expect.any(Number) });
    expect(existsSync(`${out}.partial`)).toBe(false);
    corpus.close();

    const restoredDir = folder();
    await restoreCorpus(restoredDir, out);
    const restored = openCorpus(restoredDir);
    expect((await restored.handlers['corpus:check']({ repair: false })).ok).toBe(true);
    expect((await everyDocument(restored.handlers)).length).toBeGreaterThanOrEqual(1);
    restored.close();
  });

  it('writes dated backups in the data folder by default and never overwrites a file', async () => {
    const corpus = await corpusWith(['crue-valmont-courrier.txt']);
    const { path } = await corpus.handlers['corpus:backup']({});
    expect(path.startsWith(join(corpus.dataDir, 'backups', 'corpus-'))).toBe(true);
    await expect(corpus.handlers['corpus:backup']({ path })).rejects.toThrow(/already exists/);
    await expect(corpus.handlers['corpus:backup']({ path: 'relative.sqlite' })).rejects.toThrow(
      /absolute/,
    );
    corpus.close();
  });

  it('restores over an existing corpus only with force, keeping the old one aside', async () => {
    const source = await corpusWith(['crue-valmont-courrier.txt', 'brenne-flood-wire.md']);
    const out = join(folder(), 'two.sqlite');
    await source.handlers['corpus:backup']({ path: out });
    source.close();
    const target = await corpusWith(['crue-valmont-gazette.txt']);
    target.close();

    await expect(restoreCorpus(target.dataDir, out)).rejects.toThrow(/--force/);
    const outcome = await restoreCorpus(target.dataDir, out, { force: true });
    expect(outcome.previous).toMatch(/corpus\.sqlite\.before-restore-.*\.bak$/);
    const kept = new DatabaseSync(outcome.previous!, { readOnly: true });
    expect(kept.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 1 });
    kept.close();
    const reopened = openCorpus(target.dataDir);
    expect(
      (await everyDocument(reopened.handlers)).map((document) => document.fileName).sort(),
    ).toEqual(['brenne-flood-wire.md', 'crue-valmont-courrier.txt']);
    reopened.close();
  });

  it('refuses to restore while a process has the corpus open, even idle', async () => {
    const source = await corpusWith(['crue-valmont-courrier.txt']);
    const out = join(folder(), 'one.sqlite');
    await source.handlers['corpus:backup']({ path: out });
    source.close();
    const running = await corpusWith(['crue-valmont-gazette.txt']);
    await expect(restoreCorpus(running.dataDir, out, { force: true })).rejects.toThrow(
      new RegExp(`still using this corpus \\(process ${process.pid}\\)`),
    );
    running.close();
    const outcome = await restoreCorpus(running.dataDir, out, { force: true });
    expect(outcome.previous).not.toBeNull();
  });

  it('ignores the mark a crashed process left behind', async () => {
    const source = await corpusWith(['crue-valmont-courrier.txt']);
    const out = join(folder(), 'one.sqlite');
    await source.handlers['corpus:backup']({ path: out });
    source.close();
    const crashed = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {
      encoding: 'utf8',
    });
    mkdirSync(join(source.dataDir, '.in-use'), { recursive: true });
    writeFileSync(join(source.dataDir, '.in-use', crashed.stdout.trim()), 'left by a crash');
    const outcome = await restoreCorpus(source.dataDir, out, { force: true });
    expect(outcome.previous).not.toBeNull();
  });

  it('refuses a backup from a newer version, naming both versions, and a file that is no corpus', async () => {
    const newer = join(folder(), 'newer.sqlite');
    const raw = new DatabaseSync(newer);
    raw.exec(`CREATE TABLE t (x); PRAGMA user_version = ${SCHEMA_VERSION + 3}`);
    raw.close();
    const target = folder();
    await expect(restoreCorpus(target, newer)).rejects.toThrow(
      new RegExp(`schema ${SCHEMA_VERSION + 3}.*schema ${SCHEMA_VERSION}`),
    );
    const junk = join(folder(), 'notes.txt');
    writeFileSync(junk, 'not a database at all, just words '.repeat(100));
    await expect(restoreCorpus(target, junk)).rejects.toThrow(/cannot be opened|not a Recoupe/);
    expect(readdirSync(target)).toEqual([]);
  });
});
