import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stem as englishStemmer } from 'porter2';
import { newStemmer } from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { fixturesDir, seedsDir } from '../../../../tests/support/temp-corpus';
import { contentStems } from './stems';
import { words } from './words';

/** Every distinct lowercase word of the files. */
function wordsOf(files: readonly string[]): string[] {
  const found = new Set<string>();
  for (const file of files) for (const word of words(readFileSync(file, 'utf8'))) found.add(word);
  return [...found];
}

const repositoryDir = join(import.meta.dirname, '..', '..', '..', '..');
const fixtures = (pattern: RegExp) =>
  readdirSync(fixturesDir)
    .filter((file) => pattern.test(file))
    .map((file) => join(fixturesDir, file));

describe('stems', () => {
  // Quote stems and vectors stored at import were made with snowball-stemmers: the faster
  // stemmers must give the very same stems, or stored and fresh stems would no longer match.
  it('French stems are the ones corpora were built with, word for word', () => {
    const seeds = readdirSync(seedsDir).map((file) => join(seedsDir, file));
    const list = wordsOf([...seeds, ...fixtures(/crue|digue|greve|conseil/)]);
    expect(list.length).toBeGreaterThan(1500);
    const before = newStemmer('french');
    expect(list.filter((word) => frenchStemmer(word) !== before.stem(word))).toEqual([]);
  });

  it('English stems are the ones corpora were built with, word for word', () => {
    const prose = [
      join(repositoryDir, 'README.md'),
      join(repositoryDir, 'bench', 'analysis.md'),
      join(repositoryDir, '..', 'shared', 'DESIGN.md'),
      join(repositoryDir, '..', 'shared', 'UI.md'),
    ];
    const list = wordsOf([...prose, ...fixtures(/wire|herald|hostile/)]);
    expect(list.length).toBeGreaterThan(1500);
    const before = newStemmer('english');
    expect(list.filter((word) => englishStemmer(word) !== before.stem(word))).toEqual([]);
  });

  it('keeps content words in order, drops stop-words, keeps numbers whole', () => {
    expect(contentStems('Les 1200 habitants de Valmont ont été évacués.', 'fr')).toEqual([
      '1200',
      'habit',
      'valmont',
      'evacu',
    ]);
    expect(contentStems('The residents were evacuated on Wednesday', 'en')).toEqual([
      'resid',
      'evacu',
      'wednesday',
    ]);
  });
});
