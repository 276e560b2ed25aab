import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../../tests/support/temp-folders';
import {
  KEPT_LOG_FILES,
  LOG_FOLDER,
  MAX_LOG_BYTES,
  logError,
  recentLogEntries,
  useErrorLog,
} from './error-log';

describe('the error log', () => {
  const folders = temporaryFolders('recoupe-log-');
  afterEach(() => folders.removeAll());
  const dataFolder = () => folders.make();

  it('keeps the stack in the data folder and answers with a reference', () => {
    const log = useErrorLog(dataFolder());
    const reference = logError('search:query', new Error('vectors blob read error for 1'));
    const [entry] = recentLogEntries(5);
    expect(existsSync(log)).toBe(true);
    expect(entry).toMatchObject({ reference, where: 'search:query' });
    expect(entry!.stack).toMatch(/at .*error-log\.test\.ts/);
  });

  it('lists the newest failures first', () => {
    useErrorLog(dataFolder());
    for (const name of ['first', 'second', 'third']) logError(name, new Error(name));
    expect(recentLogEntries(2).map((entry) => entry.where)).toEqual(['third', 'second']);
  });

  it('rotates and stays bounded however much is logged', () => {
    const folder = dataFolder();
    useErrorLog(folder);
    const long = new Error('x'.repeat(20_000));
    const rounds = Math.ceil(((KEPT_LOG_FILES + 3) * MAX_LOG_BYTES) / 40_000);
    for (let round = 0; round < rounds; round++) logError(`round ${round}`, long);
    const files = readdirSync(join(folder, LOG_FOLDER));
    expect(files.length).toBe(KEPT_LOG_FILES + 1);
    const total = files.reduce(
      (sum, file) => sum + statSync(join(folder, LOG_FOLDER, file)).size,
      0,
    );
    expect(total).toBeLessThanOrEqual((KEPT_LOG_FILES + 1) * (MAX_LOG_BYTES + 60_000));
    expect(recentLogEntries(1)[0]?.where).toBe(`round ${rounds - 1}`);
  });

  it('never throws when the folder cannot be written', () => {
    // A file where the data folder should be: the log's folder cannot be made.
    const blocked = join(dataFolder(), 'not-a-folder');
    writeFileSync(blocked, '');
    useErrorLog(blocked);
    expect(() => logError('anything', new Error('boom'))).not.toThrow();
  });
});
