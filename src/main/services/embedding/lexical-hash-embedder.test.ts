import { describe, expect, it } from 'vitest';
import { fnv1a } from '../text/hash';
import { contentStems, stemLanguage } from '../text/stems';
import { LexicalHashEmbedder } from './lexical-hash-embedder';

/**
 * The algorithm as documented, written the plain way (every feature string built and hashed at
 * each occurrence): the embedder remembers a stem's features, and must give exactly these
 * vectors, bit for bit, since stored vectors are compared with new ones.
 */
function reference(text: string, language: string | null, dimensions = 256): Float32Array {
  const features = new Map<string, [number, number]>();
  const add = (feature: string, weight: number) => {
    const seen = features.get(feature);
    if (seen) seen[1]++;
    else features.set(feature, [weight, 1]);
  };
  const stems = contentStems(text, stemLanguage(text, language));
  stems.forEach((stem, index) => {
    add(`s:${stem}`, 1);
    const next = stems[index + 1];
    if (next) add(`p:${stem} ${next}`, 0.5);
    const padded = `^${stem}$`;
    for (let start = 0; start + 3 <= padded.length; start++) {
      add(`t:${padded.slice(start, start + 3)}`, 0.25);
    }
  });
  const vector = new Float32Array(dimensions);
  for (const [feature, [weight, occurrences]] of features) {
    const sign = fnv1a(feature, 0x9747b28c) & 1 ? 1 : -1;
    vector[fnv1a(feature) % dimensions]! += sign * weight * (1 + Math.log(occurrences));
  }
  let sum = 0;
  for (const value of vector) sum += value * value;
  if (sum === 0) vector[0] = 1;
  else for (let index = 0; index < dimensions; index++) vector[index]! /= Math.sqrt(sum);
  return vector;
}

const cosine = (a: Float32Array, b: Float32Array) =>
  a.reduce((sum, value, index) => sum + value * b[index]!, 0);

describe('LexicalHashEmbedder', () => {
  const embedder = new LexicalHashEmbedder(256);

  it('gives L2-normalised vectors of the declared size', async () => {
    const [vector] = await embedder.embed([
      'Les soldats nord-coréens sont arrivés dans la région de Koursk.',
    ]);
    expect(vector).toHaveLength(256);
    expect(Math.sqrt(cosine(vector!, vector!))).toBeCloseTo(1, 5);
  });

  it('is deterministic across instances', () => {
    const text = 'Le maire a déclaré que la priorité était la sécurité des personnes.';
    expect([...new LexicalHashEmbedder(256).embedOne(text)]).toEqual([...embedder.embedOne(text)]);
  });

  it('gives the same vector from its stem memo as a fresh instance does', () => {
    const text = 'Les habitants évacués reviennent ; 1200 habitants restent évacués.';
    const warm = new LexicalHashEmbedder(256);
    warm.embedOne(text, 'fr');
    expect([...warm.embedOne(text, 'fr')]).toEqual([
      ...new LexicalHashEmbedder(256).embedOne(text, 'fr'),
    ]);
  });

  it('gives exactly the vectors of the plain algorithm, with its memory cold or warm', () => {
    const texts: [string, string | null][] = [
      ['Les habitants évacués reviennent ; 1200 habitants restent évacués à Koursk.', 'fr'],
      ['The dyke gave way in the night; the dyke had been repaired in 2019.', 'en'],
      ['Crue, crue, crue : la rivière déborde, les rivières débordent.', null],
      ['', 'fr'],
    ];
    const warm = new LexicalHashEmbedder(256);
    for (let pass = 0; pass < 2; pass++) {
      for (const [text, language] of texts) {
        expect([...warm.embedOne(text, language)]).toEqual([...reference(text, language)]);
      }
    }
  });

  it('keeps French and English stems apart in its memo', () => {
    const warm = new LexicalHashEmbedder(256);
    warm.embedOne('running', 'fr');
    expect([...warm.embedOne('running', 'en')]).toEqual([
      ...new LexicalHashEmbedder(256).embedOne('running', 'en'),
    ]);
  });

  it('folds accents and inflections: the same words score higher than unrelated ones', () => {
    const base = embedder.embedOne('Les habitants ont été évacués après la crue de la rivière.');
    const inflected = embedder.embedOne('Un habitant évacué : la crue des rivières inquiète.');
    const unrelated = embedder.embedOne(
      'Le championnat de football reprend samedi au stade municipal.',
    );
    expect(cosine(base, inflected)).toBeGreaterThan(0.4);
    expect(cosine(base, inflected)).toBeGreaterThan(cosine(base, unrelated) + 0.3);
  });

  it('ignores stop-words, so two texts of only stop-words do not look alike', () => {
    const content = embedder.embedOne('Koursk');
    const stopWordsOnly = embedder.embedOne('le la les de des et');
    expect(Math.abs(cosine(content, stopWordsOnly))).toBeLessThan(0.2);
  });

  it('gives text without content words a valid unit vector', () => {
    const vector = embedder.embedOne('');
    expect(Math.sqrt(cosine(vector, vector))).toBeCloseTo(1, 5);
  });
});
