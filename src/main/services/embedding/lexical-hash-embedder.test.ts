import { describe, expect, it } from 'vitest';
import { LexicalHashEmbedder } from './lexical-hash-embedder';

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
