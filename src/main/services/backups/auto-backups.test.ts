import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importFixtures, temporaryCorpus } from '../../../../tests/support/temp-corpus';
import { dispatch } from '../../app/dispatch';
import { stamp } from '../maintenance/backup';
import { AutoBackups } from './auto-backups';
import { KEEP_DAILY, KEEP_WEEKLY } from './rotation';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe('automatic backups, on a driven clock', () => {
  const corpora: ReturnType<typeof temporaryCorpus>[] = [];
  afterEach(() => corpora.splice(0).forEach((corpus) => corpus.dispose()));
  async function setUp() {
    const corpus = temporaryCorpus();
    corpora.push(corpus);
    await importFixtures(corpus, ['crue-valmont-courrier.txt']);
    const clock = { now: new Date('2026-01-05T03:00:00Z') };
    const backups = new AutoBackups(corpus.db, corpus.dataDir, () => clock.now);
    const advance = (ms: number) => (clock.now = new Date(clock.now.getTime() + ms));
    return { corpus, backups, clock, advance };
  }

  it('takes one backup a day at most', async () => {
    const { backups, advance } = await setUp();
    expect(await backups.runIfDue()).not.toBeNull();
    advance(23 * HOUR);
    expect(backups.due()).toBe(false);
    expect(await backups.runIfDue()).toBeNull();
    advance(HOUR);
    expect(await backups.runIfDue()).not.toBeNull();
    expect(backups.list()).toHaveLength(2);
  });

  it('keeps the last 7 daily and 4 weekly backups over 40 days', async () => {
    const { backups, advance, clock } = await setUp();
    for (let day = 0; day < 40; day++) {
      await backups.runIfDue();
      advance(DAY);
    }
    const kept = backups.list();
    expect(kept).toHaveLength(KEEP_DAILY + KEEP_WEEKLY);
    const ages = kept.map((file) =>
      Math.round((clock.now.getTime() - file.takenAt.getTime()) / DAY),
    );
    // Yesterday back to a week ago, every day.
    expect(ages.slice(0, KEEP_DAILY)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Then one for each of the four weeks before: each week's newest, in four distinct weeks.
    const weekly = kept.slice(KEEP_DAILY);
    const mondays = weekly.map((file) => {
      const monday = new Date(file.takenAt);
      monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
      return monday.toISOString().slice(0, 10);
    });
    expect(new Set(mondays).size).toBe(KEEP_WEEKLY);
    const weeklyAges = ages.slice(KEEP_DAILY);
    weeklyAges.forEach((age, index) => {
      expect(age).toBeGreaterThan(index === 0 ? 7 : weeklyAges[index - 1]!);
      expect(age - (index === 0 ? 7 : weeklyAges[index - 1]!)).toBeLessThanOrEqual(7);
    });
    expect(weekly.slice(1).every((file) => file.takenAt.getUTCDay() === 0)).toBe(true);
  });

  it('stays within the size budget, always keeping the newest', async () => {
    const { backups, advance } = await setUp();
    const first = await backups.runIfDue();
    backups.setBudget(first!.bytes * 2.5);
    for (let day = 0; day < 5; day++) {
      advance(DAY);
      await backups.runIfDue();
    }
    const summary = backups.summary();
    expect(summary.backups).toHaveLength(2);
    expect(summary.totalBytes).toBeLessThanOrEqual(summary.budgetBytes);
    backups.setBudget(1);
    advance(DAY);
    const newest = await backups.runIfDue();
    expect(backups.list().map((file) => file.path)).toEqual([newest!.path]);
  });

  it('drops nothing when the new backup cannot be made', async () => {
    const { backups, advance, clock, corpus } = await setUp();
    await backups.runIfDue();
    advance(DAY);
    // A folder stands where the next backup is written: that backup fails, the older one stays.
    const blocked = join(corpus.dataDir, 'backups', `auto-${stamp(clock.now)}.sqlite.part`);
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'kept.txt'), 'not a database');
    const before = backups.list().length;
    expect(await backups.runIfDue()).toBeNull();
    expect(backups.list()).toHaveLength(before);
  });

  it('leaves only finished backups in the folder (no -wal or -shm of the check)', async () => {
    const { backups, corpus } = await setUp();
    const taken = await backups.take();
    expect(readdirSync(join(corpus.dataDir, 'backups'))).toEqual([basename(taken!.path)]);
  });

  it('takes a second backup in the same second, replacing the first', async () => {
    const { backups } = await setUp();
    // The daily backup, then one before a re-embedding, within one second (a CI failure).
    expect(await backups.take()).not.toBeNull();
    expect(await backups.take()).not.toBeNull();
    expect(backups.list()).toHaveLength(1);
  });

  it('backs up before re-embedding the corpus', async () => {
    const { corpus } = await setUp();
    const summary = () => corpus.handlers['backups:list']({});
    expect((await summary()).backups).toHaveLength(0);
    expect(await dispatch(corpus.handlers, 'embedding:use', { modelFolder: null })).toMatchObject({
      ok: true,
    });
    const [taken] = (await summary()).backups;
    expect(basename(taken!.path)).toMatch(/^auto-.*\.sqlite$/);
    expect(existsSync(taken!.path)).toBe(true);
  });
});
