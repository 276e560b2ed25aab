import { newStemmer } from 'snowball-stemmers';
import { detectLanguage, foldAccents, isStopWord, words, type Language } from '../text/words';
import type { Embedder } from './embedder';

const stemmers = { fr: newStemmer('french'), en: newStemmer('english') } as const;

// Relative weights of the three feature families: whole stems carry the meaning, stem pairs
// reward shared phrasing (quotes), character trigrams catch inflections and spelling variants.
const STEM_WEIGHT = 1;
const PAIR_WEIGHT = 0.5;
const TRIGRAM_WEIGHT = 0.25;
/** Words remembered per language before the stem memo starts over. */
const STEM_CACHE_LIMIT = 100_000;

/** 32-bit FNV-1a: fast, well spread, and deterministic across runs and machines. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The built-in embedder: accent-folded, stop-word-free Snowball stems, stem pairs and character
 * trigrams, hashed with signs into a fixed number of dimensions (the "hashing trick"), with
 * 1 + log(tf) weights, L2-normalised. It needs no model file, so it works offline everywhere,
 * but it only sees shared words: paraphrases and synonyms escape it.
 */
export class LexicalHashEmbedder implements Embedder {
  readonly id: string;

  // Stemming and accent folding were two thirds of the import's time (bench/RESULTS.md); news
  // vocabulary is Zipfian, so a per-language word → stem memo answers most words at once.
  private readonly stemCache: Record<Language, Map<string, string | null>> = {
    fr: new Map(),
    en: new Map(),
  };

  constructor(readonly dimensions = 256) {
    this.id = `lexical-hash-v1-${dimensions}`;
  }

  async embed(texts: readonly string[], language?: string | null): Promise<Float32Array[]> {
    return texts.map((text) => this.embedOne(text, language));
  }

  /** Synchronous form, for callers that embed in a tight loop. */
  embedOne(text: string, language?: string | null): Float32Array {
    const lang: Language =
      language === 'fr' || language === 'en' ? language : (detectLanguage(text) ?? 'fr');
    // feature → [family weight, occurrences]
    const features = new Map<string, [number, number]>();
    const add = (feature: string, weight: number) => {
      const seen = features.get(feature);
      if (seen) seen[1]++;
      else features.set(feature, [weight, 1]);
    };

    const stems = this.stems(text, lang);
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

  private stems(text: string, language: Language): string[] {
    const cache = this.stemCache[language];
    const result: string[] = [];
    for (const word of words(text)) {
      let stem = cache.get(word);
      if (stem === undefined) {
        stem = stemOf(word, language);
        // Bounded so a long import of rare words cannot grow it without limit.
        if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
        cache.set(word, stem);
      }
      if (stem !== null) result.push(stem);
    }
    return result;
  }
}

/** The folded stem a word contributes, or null for a stop-word. */
function stemOf(word: string, language: Language): string | null {
  const folded = foldAccents(word);
  if (isStopWord(folded)) return null;
  // Numbers are kept whole: shared figures are strong evidence of a shared fact.
  return /^\p{N}+$/u.test(word) ? word : foldAccents(stemmers[language].stem(word));
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
