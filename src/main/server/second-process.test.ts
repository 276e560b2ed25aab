import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserDoor } from '../../../tests/support/browser-door';
import { runCli } from '../../../tests/support/run-cli';
import { fixturesDir } from '../../../tests/support/temp-corpus';
import { temporaryFolders } from '../../../tests/support/temp-folders';
import { openCorpus, UNCLEAN_MARKER } from '../app/corpus';

describe('a second process writing the corpus the browser mode serves', () => {
  const folders = temporaryFolders('recoupe-two-');
  const dataDir = folders.make();
  const corpus = openCorpus(dataDir);
  const { call } = browserDoor(corpus.handlers, { dataDir });
  afterAll(() => {
    corpus.close();
    folders.removeAll();
  });

  it(
    'sees what the CLI imported, and the CLI sees what the browser wrote',
    { timeout: 120_000 },
    async () => {
      const imported = runCli(dataDir, 'import', join(fixturesDir, 'crue-valmont-courrier.txt'));
      expect(imported.status).toBe(0);
      expect(await call('corpus:stats', {})).toMatchObject({ ok: true, value: { documents: 1 } });

      expect(await call('notes:create', { title: 'Written in the browser' })).toMatchObject({
        ok: true,
      });
      const notes = runCli(dataDir, 'notes', '--json');
      expect(JSON.parse(notes.stdout)).toEqual([
        expect.objectContaining({ title: 'Written in the browser' }),
      ]);
      // A CLI process that closed cleanly is no crash: no check is forced on the next start.
      expect(existsSync(join(dataDir, UNCLEAN_MARKER))).toBe(false);
      expect(runCli(dataDir, 'check').status).toBe(0);
    },
  );
});
