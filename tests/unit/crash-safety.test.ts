import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crashAutosave, crashImport } from '../support/crash/harness';
import { random, writeBatch } from '../support/crash/workload';

// The quick variant of `npm run crash-test -- --runs 50`: a few kills of each kind.
const root = mkdtempSync(join(tmpdir(), 'recoupe-crash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const files = writeBatch(join(root, 'batch'), 100, 7);
const next = random(Date.now());

describe('a SIGKILL at a random moment', () => {
  it.each([1, 2])(
    'during a large import loses nothing reported and leaves nothing half-imported (run %i)',
    async (run) => {
      // Killed a few ms after a random number of the 100 files were reported: mid-import on
      // a fast machine as on a slow one (a kill at a fixed time missed once the import got
      // faster).
      const result = await crashImport(
        join(root, `import-${run}`),
        files,
        Math.floor(next() * 30),
        1 + Math.floor(next() * 80),
      );
      expect(result.problems).toEqual([]);
      expect(result.finished).toBe(false);
      expect(result.found).toBeGreaterThanOrEqual(result.reported);
    },
    60_000,
  );

  it.each([1, 2])(
    'during autosave keeps the last saved draft whole (run %i)',
    async (run) => {
      const result = await crashAutosave(
        join(root, `autosave-${run}`),
        50 + Math.floor(next() * 600),
      );
      expect(result.problems).toEqual([]);
      expect(result.reported).toBeGreaterThan(0);
    },
    60_000,
  );
});
