import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../tests/support/run-cli';
import { fixturesDir } from '../../../../tests/support/temp-corpus';

const dataDir = mkdtempSync(join(tmpdir(), 'recoupe-cli-crosscheck-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const recoupe = (...args: string[]) => runCli(dataDir, ...args);

// Each test starts the real CLI several times (about a second each on a loaded machine).
const CLI_TIMEOUT = 60_000;

describe('recoupe corroborate and similar', () => {
  it(
    'prints the clusters as one JSON value, and similar passages with their reasons',
    () => {
      const files = ['crue-valmont-courrier.txt', 'crue-valmont-gazette.txt'];
      expect(recoupe('import', ...files.map((file) => join(fixturesDir, file))).status).toBe(0);

      const result = recoupe('corroborate', '--json');
      expect(result.status).toBe(0);
      const { quotes, figures, syndication } = JSON.parse(result.stdout);
      expect(quotes[0].text).toBe('Nous n’avions pas vu un tel niveau depuis 1982');
      expect(figures.length).toBeGreaterThan(0);
      expect(syndication).toEqual([]);

      const passageId = quotes[0].sources[0].passageId;
      const similar = JSON.parse(recoupe('similar', String(passageId), '--json').stdout);
      expect(similar[0]).toMatchObject({
        passageId: quotes[0].sources[1].passageId,
        documentId: quotes[0].sources[1].documentId,
        score: expect.any(Number),
      });
      expect(similar[0].reasons).toContainEqual({ kind: 'quote', text: expect.any(String) });

      const table = recoupe('corroborate');
      expect(table.stdout).toMatch(/Quotes[\s\S]*Hélène Garnier[\s\S]*Figures[\s\S]*Copies/);
    },
    CLI_TIMEOUT,
  );
});

describe('recoupe reembed', () => {
  it(
    're-embeds with a model folder, waiting for the job, then back to the built-in one',
    () => {
      const model = join(fixturesDir, 'tiny-embedding-model');
      const neural = JSON.parse(recoupe('reembed', model, '--json').stdout);
      expect(neural).toMatchObject({ dimensions: 16, modelFolder: model, job: { state: 'done' } });
      expect(recoupe('embedder').stdout).toMatch(
        /neural-tiny-embedding-model-16 \(16 dimensions\)/,
      );
      const lexical = JSON.parse(recoupe('reembed', 'lexical', '--json').stdout);
      expect(lexical).toMatchObject({ dimensions: 256, modelFolder: null });
    },
    CLI_TIMEOUT,
  );
});
