import { fnv1a } from '../text/hash';
import { contentStems, stemLanguage } from '../text/stems';
import type { Embedder } from './embedder';

// Relative weights of the three feature families: whole stems carry the meaning, stem pairs
// reward shared phrasing (quotes), character trigrams catch inflections and spelling variants.
const STEM_WEIGHT = 1;
const PAIR_WEIGHT = 0.5;
const TRIGRAM_WEIGHT = 0.25;

/**
 * The built-in embedder: accent-folded, stop-word-free Snowball stems, stem pairs and character
 * trigrams, hashed with signs into a fixed number of dimensions (the "hashing trick"), with
 * 1 + log(tf) weights, L2-normalised. It needs no model file, so it works offline everywhere,
 * but it only sees shared words: paraphrases and synonyms escape it.
 */
export class LexicalHashEmbedder implements Embedder {
  readonly id: string;

  constructor(readonly dimensions = 256) {
    this.id = `lexical-hash-v1-${dimensions}`;
  }

  async embed(texts: readonly string[], language?: string | null): Promise<Float32Array[]> {
    return texts.map((text) => this.embedOne(text, language));
  }

  /** Synchronous form, for callers that embed in a tight loop. */
  embedOne(text: string, language?: string | null): Float32Array {
    // feature → [family weight, occurrences]
    const features = new Map<string, [number, number]>();
    const add = (feature: string, weight: number) => {
      const seen = features.get(feature);
      if (seen) seen[1]++;
      else features.set(feature, [weight, 1]);
    };

    const stems = contentStems(text, stemLanguage(text, language));
    stems.forEach((stem, index) => {
      add(`s:${stem}`, STEM_WEIGHT);
      const next = stems[index + 1];
      if (next) add(`p:${stem} ${next}`, PAIR_WEIGHT);
      const padded = `^${stem}$`;
      for (let start = 0; start + 3 <= padded.length; start++) {
        add(`t:${padded.slice(start, start + 3)}`, TRIGRAM_WEIGHT);
      }
    });

    const vector = new Float32Array(this.dimensions);
    for (const [feature, [weight, occurrences]] of features) {
      const sign = fnv1a(feature, 0x9747b28c) & 1 ? 1 : -1;
      // Repeated features count sub-linearly so one word repeated cannot dominate.
      vector[fnv1a(feature) % this.dimensions]! += sign * weight * (1 + Math.log(occurrences));
    }
    return normalise(vector);
  }
}

function normalise(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const value of vector) sum += value * value;
  if (sum === 0) {
    // A text with no content words still needs a valid direction for cosine distance.
    vector[0] = 1;
    return vector;
  }
  const norm = Math.sqrt(sum);
  for (let index = 0; index < vector.length; index++) vector[index]! /= norm;
  return vector;
}
