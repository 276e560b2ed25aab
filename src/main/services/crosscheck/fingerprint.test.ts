import { describe, expect, it } from 'vitest';
import { fingerprint, signatureSimilarity } from './fingerprint';

/** A deterministic text of `count` distinct words, so shingle sets can be made to overlap. */
function words(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}${index.toString(36)}`);
}

const similarity = (first: string[], second: string[]) =>
  signatureSimilarity(
    fingerprint(first.join(' ')).signature,
    fingerprint(second.join(' ')).signature,
  );

describe('document fingerprints', () => {
  it('are identical for the same words, whatever the accents and punctuation', () => {
    const text = 'Le préfet a déclaré : « la crue atteindra son pic jeudi soir ».';
    const copy = 'LE PREFET a declare, la crue atteindra son pic jeudi soir';
    expect(fingerprint(text)).toEqual(fingerprint(copy));
    expect(signatureSimilarity(fingerprint(text).signature, fingerprint(copy).signature)).toBe(1);
  });

  it('estimate the shared share of shingles: copies high, unrelated texts near zero', () => {
    const article = words('mot', 600);
    const edited = [...article.slice(0, 560), ...words('autre', 40)];
    expect(similarity(article, edited)).toBeGreaterThan(0.7);
    expect(similarity(article, words('rien', 600))).toBeLessThan(0.1);
    // Half the shingles shared: Jaccard 1/3; 32 hash functions estimate it within ~0.25.
    const half = [...article.slice(0, 300), ...words('neuf', 300)];
    expect(Math.abs(similarity(article, half) - 1 / 3)).toBeLessThan(0.25);
  });

  it('share most bands between near copies and none between unrelated texts', () => {
    const article = words('mot', 600);
    const bands = fingerprint(article.join(' ')).bands;
    const copy = fingerprint([...article.slice(0, 590), ...words('fin', 10)].join(' ')).bands;
    const other = fingerprint(words('rien', 600).join(' ')).bands;
    expect(bands.filter((band, index) => band === copy[index]).length).toBeGreaterThan(4);
    expect(bands.filter((band, index) => band === other[index])).toHaveLength(0);
  });
});
