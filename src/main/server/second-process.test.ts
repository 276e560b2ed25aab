import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../tests/support/run-cli';
import { fixturesDir } from '../../../tests/support/temp-corpus';
import { temporaryFolders } from '../../../tests/support/temp-folders';
import { openCorpus, UNCLEAN_MARKER } from '../app/corpus';
import { createBrowserServer, TOKEN_HEADER } from './server';

describe('a second process writing the corpus the browser mode serves', () => {
  const folders = temporaryFolders('recoupe-two-');
  const dataDir = folders.make();
  const corpus = openCorpus(dataDir);
  const staticDir = mkdtempSync(join(tmpdir(), 'recoupe-static-'));
  const { server, token } = createBrowserServer({ handlers: corpus.handlers, staticDir, dataDir });
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    corpus.close();
    rmSync(staticDir, { recursive: true, force: true });
    folders.removeAll();
  });
  const call = async (channel: string, body: unknown) =>
    (
      await fetch(`${base}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(body),
      })
    ).json();

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
