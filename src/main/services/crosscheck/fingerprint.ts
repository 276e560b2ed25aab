import { fnv1a, mix } from '../text/hash';
import { foldAccents } from '../text/words';

/** Words per shingle: long enough that two independent articles rarely share one by chance. */
const SHINGLE_WORDS = 5;
/** MinHash functions; split into bands of BAND_ROWS for locality-sensitive lookup. */
const HASHES = 32;
const BAND_ROWS = 4;
/** One seed per MinHash function (odd multiples of the golden ratio spread them apart). */
const SEEDS = Array.from({ length: HASHES }, (_, index) => mix(Math.imul(index + 1, 0x9e3779b9)));

/** A document's MinHash signature and the hashes of its bands. */
export interface Fingerprint {
  signature: number[];
  bands: number[];
}

/**
 * Hashes of the document's five-word shingles. Each word is hashed once and a shingle's hash
 * combines its words' hashes, so no shingle string is built: this was a third of import time.
 */
function shingles(text: string): Set<number> {
  const words = (foldAccents(text).match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => fnv1a(word));
  const result = new Set<number>();
  for (let index = 0; index + SHINGLE_WORDS <= words.length; index++) {
    let hash = 0x811c9dc5;
    for (let offset = 0; offset < SHINGLE_WORDS; offset++) {
      hash = Math.imul(hash ^ words[index + offset]!, 0x01000193);
    }
    result.add(mix(hash));
  }
  return result;
}

/**
 * MinHash over five-word shingles: two signatures agree in about the share of positions that
 * equals the Jaccard similarity of the documents' shingle sets. Bands of four rows catch pairs
 * above roughly 0.5 similarity with one indexed lookup, so syndication needs no n² pass.
 */
export function fingerprint(text: string): Fingerprint {
  const signature = new Array<number>(HASHES).fill(0xffffffff);
  for (const shingle of shingles(text)) {
    for (let index = 0; index < HASHES; index++) {
      const hash = mix(shingle ^ SEEDS[index]!);
      if (hash < signature[index]!) signature[index] = hash;
    }
  }
  const bands: number[] = [];
  for (let start = 0; start < HASHES; start += BAND_ROWS) {
    // Stored as a signed 32-bit integer so SQLite keeps it compact.
    bands.push(fnv1a(signature.slice(start, start + BAND_ROWS).join(',')) | 0);
  }
  return { signature, bands };
}

/** Estimated Jaccard similarity of two documents from their signatures. */
export function signatureSimilarity(first: readonly number[], second: readonly number[]): number {
  let same = 0;
  first.forEach((value, index) => {
    if (value === second[index] && value !== 0xffffffff) same++;
  });
  return same / first.length;
}
