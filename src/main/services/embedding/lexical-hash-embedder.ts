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
    // In order of first occurrence, which fixes the order of the sums below.
    const features = new Map<string, Feature>();
    const add = (feature: string, weight: number, slot: number) => {
      const seen = features.get(feature);
      if (seen) seen.occurrences++;
      else features.set(feature, { weight, slot, occurrences: 1 });
    };

    const stems = contentStems(text, stemLanguage(text, language));
    stems.forEach((stem, index) => {
      const own = this.stemFeatures(stem);
      add(own.keys[0]!, STEM_WEIGHT, own.slots[0]!);
      const next = stems[index + 1];
      if (next) {
        const pair = `p:${stem} ${next}`;
        add(pair, PAIR_WEIGHT, this.slotOf(pair));
      }
      for (let trigram = 1; trigram < own.keys.length; trigram++) {
        add(own.keys[trigram]!, TRIGRAM_WEIGHT, own.slots[trigram]!);
      }
    });

    const vector = new Float32Array(this.dimensions);
    for (const { weight, slot, occurrences } of features.values()) {
      // Repeated features count sub-linearly so one word repeated cannot dominate.
      vector[slot >>> 1]! += (slot & 1 ? 1 : -1) * weight * (1 + Math.log(occurrences));
    }
    return normalise(vector);
  }

  // A stem's own features (the stem, then its character trigrams) and their slots are the same
  // in every passage: they are made and hashed once a stem, not once an occurrence.
  private readonly stemMemory = new Map<string, StemFeatures>();

  private stemFeatures(stem: string): StemFeatures {
    const known = this.stemMemory.get(stem);
    if (known) return known;
    const keys = [`s:${stem}`];
    const padded = `^${stem}$`;
    for (let start = 0; start + 3 <= padded.length; start++) {
      keys.push(`t:${padded.slice(start, start + 3)}`);
    }
    const made = { keys, slots: keys.map((key) => this.slotOf(key)) };
    // A bound on memory: names, figures and typos keep adding stems over a large import.
    if (this.stemMemory.size >= STEM_MEMORY) this.stemMemory.clear();
    this.stemMemory.set(stem, made);
    return made;
  }

  /** The dimension a feature adds to (the slot shifted right once) and its sign (the low bit). */
  private slotOf(feature: string): number {
    const positive = fnv1a(feature, 0x9747b28c) & 1;
    return ((fnv1a(feature) % this.dimensions) << 1) | positive;
  }
}

/** A feature of a text: its family's weight, where it adds to the vector, how often it occurs. */
interface Feature {
  weight: number;
  slot: number;
  occurrences: number;
}

interface StemFeatures {
  keys: string[];
  slots: number[];
}

/** Stems whose features are kept; a corpus's vocabulary mostly fits. */
const STEM_MEMORY = 200_000;

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
