import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { damagePages } from '../../../tests/support/damage';
import { runCli } from '../../../tests/support/run-cli';
import { fixturesDir } from '../../../tests/support/temp-corpus';
import { temporaryFolders } from '../../../tests/support/temp-folders';

describe('the command line on a corpus with damaged pages', () => {
  const folders = temporaryFolders('recoupe-damaged-');
  afterEach(() => folders.removeAll());

  it(
    'prints a code and a sentence, never a stack, and logs the stack',
    { timeout: 120_000 },
    () => {
      const dataDir = folders.make();
      const imported = runCli(
        dataDir,
        'import',
        join(fixturesDir, 'crue-valmont-courrier.txt'),
        join(fixturesDir, 'crue-valmont-gazette.txt'),
        join(fixturesDir, 'brenne-flood-wire.md'),
      );
      expect(imported.status).toBe(0);
      damagePages(join(dataDir, 'corpus.sqlite'), 'passage_vectors_vector_chunks00', 3);

      const search = runCli(dataDir, 'search', 'crue');
      expect(search.status).toBe(1);
      expect(search.stderr).toMatch(
        /^recoupe: corpus-damaged: Part of the corpus file is damaged\./,
      );
      expect(search.stderr).toMatch(/restore the newest backup/);
      expect(search.stderr).not.toMatch(/\n\s+at /);
      const log = readFileSync(join(dataDir, 'logs', 'recoupe.log'), 'utf8');
      expect(log).toMatch(/SearchRepository|search\.repo/);

      const report = runCli(dataDir, 'report', '--json');
      expect(JSON.parse(report.stdout)).toMatchObject({
        logFile: join(dataDir, 'logs', 'recoupe.log'),
        entries: [{ where: 'search:query' }],
      });
    },
  );
});
