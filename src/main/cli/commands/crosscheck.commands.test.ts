import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../tests/support/run-cli';
import { fixturesDir } from '../../../../tests/support/temp-corpus';

const dataDir = mkdtempSync(join(tmpdir(), 'recoupe-cli-crosscheck-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const recoupe = (...args: string[]) => runCli(dataDir, ...args);

describe('recoupe corroborate and similar', () => {
  it('prints the clusters as one JSON value, and similar passages with their reasons', () => {
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
  });
});
