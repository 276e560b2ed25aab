import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Corroboration, SimilarPassage } from '../../../shared/crosscheck';
import { runCli } from '../../../../tests/support/run-cli';
import { writeExport } from '../../../../tests/support/telegram-export';
import { seedsDir } from '../../../../tests/support/temp-corpus';
import { compareWords } from './primary-sources';

const folder = mkdtempSync(join(tmpdir(), 'recoupe-primary-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('primary sources', () => {
  it('marks the words an article changed from the primary source', () => {
    const fidelity = compareWords(
      'Poutine est en train de lancer une attaque de missile sur Kiev',
      'Poutine est en train de lancer une attaque de missiles sur Kiev',
    );
    expect(fidelity.faithful).toBe(false);
    expect(fidelity.parts.filter((part) => part.kind !== 'same')).toEqual([
      { text: 'missiles', kind: 'primary' },
      { text: 'missile', kind: 'article' },
    ]);
    expect(compareWords('« Nous tiendrons. »', 'nous tiendrons').faithful).toBe(true);
  });

  it('pairs a sample article’s Telegram quotation with the post carrying it, shown as first', () => {
    const data = join(folder, 'data');
    // The sample article (read at run time) quotes Andriy Yermak "sur Telegram"; the post,
    // written for this test, carries those words (one of them in the plural) an hour earlier.
    expect(runCli(data, 'import', join(seedsDir, '001_0af1c462c92bf4cd.txt')).status).toBe(0);
    const exported = writeExport(
      folder,
      {
        name: 'Andriy Yermak',
        type: 'public_channel',
        id: 3001,
        messages: [
          {
            id: 120,
            unix: Date.UTC(2024, 9, 29, 4, 5) / 1000,
            parts: [
              'Poutine est en train de lancer une attaque de missiles sur Kiev. Restez aux abris.',
            ],
          },
          {
            id: 121,
            unix: Date.UTC(2024, 9, 29, 5, 0) / 1000,
            parts: ['Les défenses aériennes travaillent. Merci à nos forces.'],
          },
        ],
      },
      'json',
      120,
    );
    expect(runCli(data, 'import', exported).status).toBe(0);
    const result = runCli(data, 'corroborate', '--json');
    expect(result.status).toBe(0);
    const { quotes } = JSON.parse(result.stdout) as Corroboration;
    const paired = quotes.find((cluster) => cluster.sources.some((source) => source.primary));
    expect(paired).toBeDefined();
    const primary = paired!.sources.find((source) => source.primary)!;
    expect(primary).toMatchObject({
      source: 'Andriy Yermak',
      text: 'Poutine est en train de lancer une attaque de missiles sur Kiev',
      publishedAt: '2024-10-29T06:05+02:00',
    });
    expect(paired!.firstPublished?.documentId).toBe(primary.documentId);
    const article = paired!.sources.find((source) => !source.primary)!;
    expect(article.text).toContain(
      'Poutine est en train de lancer une attaque de missile sur Kiev',
    );
    expect(article.fidelity?.faithful).toBe(false);
    expect(article.fidelity?.parts).toContainEqual({ text: 'missiles', kind: 'primary' });
    // Other sources of the article's passage: the post first, marked as the primary source.
    const similar = runCli(data, 'similar', String(article.passageId), '--json');
    const [top] = JSON.parse(similar.stdout) as SimilarPassage[];
    expect(top).toMatchObject({ documentId: primary.documentId });
    expect(top!.reasons[0]).toEqual({
      kind: 'primary',
      text: 'Poutine est en train de lancer une attaque de missiles sur Kiev',
      faithful: false,
    });
    // The channel's other post carries no quotation: it is paired with nothing.
    expect(JSON.stringify(quotes)).not.toContain('Les défenses aériennes');
  }, 60_000);
});
