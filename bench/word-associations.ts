import { fnv1a, mix } from '../src/main/services/text/hash';

/** Width of the association vectors. */
const DIMENSIONS = 256;
/** Non-zero entries (±1) of each stem's random index vector. */
const NONZEROS = 8;

/**
 * Word associations learned from the corpus itself, by random indexing: each stem gets a fixed
 * sparse random "index" vector, and its "context" vector sums the index vectors of the stems
 * it shares passages with, weighted by their rarity. Stems used in the same company
 * ("tués", "blessés", "victimes") end with close context vectors. Learning is one pass that
 * can grow passage by passage as the corpus grows, and needs no model file. Written by hand:
 * no maintained npm package does random indexing or PPMI-SVD over a stream.
 */
export class WordAssociations {
  private readonly contexts = new Map<string, Float32Array>();
  private readonly passageCounts = new Map<string, number>();
  private passages = 0;

  /** Counts one passage's stems (call for every passage before `learnContexts`). */
  count(stems: readonly string[]): void {
    this.passages++;
    for (const stem of new Set(stems)) {
      this.passageCounts.set(stem, (this.passageCounts.get(stem) ?? 0) + 1);
    }
  }

  /** Adds one passage's co-occurrences to its stems' context vectors. */
  learn(stems: readonly string[]): void {
    const distinct = [...new Set(stems)];
    const sum = new Float32Array(DIMENSIONS);
    for (const stem of distinct) addIndex(sum, stem, this.rarity(stem));
    for (const stem of distinct) {
      let context = this.contexts.get(stem);
      if (!context) this.contexts.set(stem, (context = new Float32Array(DIMENSIONS)));
      for (let index = 0; index < DIMENSIONS; index++) context[index]! += sum[index]!;
      // A stem is not its own context.
      addIndex(context, stem, -this.rarity(stem));
    }
  }

  /** Log inverse passage frequency: words in every passage associate with nothing. */
  rarity(stem: string): number {
    return Math.log((1 + this.passages) / (1 + (this.passageCounts.get(stem) ?? 0)));
  }

  /** Cosine of two stems' context vectors (0 when either is unknown). */
  similarity(first: string, second: string): number {
    if (first === second) return 1;
    const a = this.contexts.get(first);
    const b = this.contexts.get(second);
    return a && b ? cosine(a, b) : 0;
  }

  /**
   * How much of `probe`'s content the other passage carries, a stem counting by its best
   * association among the other's stems (1 when present), weighted by rarity: a soft overlap
   * that credits "décédé" for "tué" when the corpus uses them alike.
   */
  softCoverage(probe: ReadonlySet<string>, other: ReadonlySet<string>, floor: number): number {
    let total = 0;
    let covered = 0;
    for (const stem of probe) {
      const weight = this.rarity(stem);
      total += weight;
      if (other.has(stem)) {
        covered += weight;
        continue;
      }
      let best = 0;
      for (const candidate of other) best = Math.max(best, this.similarity(stem, candidate));
      if (best >= floor) covered += weight * best;
    }
    return total > 0 ? covered / total : 0;
  }
}

function addIndex(vector: Float32Array, stem: string, weight: number): void {
  const seed = fnv1a(stem);
  for (let entry = 0; entry < NONZEROS; entry++) {
    const hash = mix(seed ^ Math.imul(entry + 1, 0x9e3779b9));
    vector[hash % DIMENSIONS]! += hash & 0x80000000 ? weight : -weight;
  }
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let index = 0; index < a.length; index++) {
    dot += a[index]! * b[index]!;
    normA += a[index]! * a[index]!;
    normB += b[index]! * b[index]!;
  }
  return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
}
