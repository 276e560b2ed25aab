import { LRUCache } from 'lru-cache';
import { contentStems, stemLanguage } from '../text/stems';
import { foldAccents, type Language } from '../text/words';
import { extractNames } from './names';
import { numbersIn } from './passage-numbers';

/**
 * What comparing two passages reads from one passage's text. Only the stems are read for every
 * candidate (shared wording is counted across all of them); the names, words and numbers are
 * read on first use, since most candidates are scored without some of them: a candidate's
 * words only give the reasons of the few shown, and its numbers count only when the probe
 * states some. Reading them all up front was 44 % of a similar-passages call (10k profile).
 */
export class PassageAnalysis {
  /** Accent-folded content stems, in order. */
  readonly stems: string[];
  private foundNames?: Map<string, string>;
  private foundWords?: Set<string>;
  private foundNumbers?: Set<number>;

  constructor(
    readonly text: string,
    /** The language it was stemmed in. */
    readonly language: Language,
  ) {
    this.stems = contentStems(text, language);
  }

  /** Folded name → as written. */
  get names(): Map<string, string> {
    return (this.foundNames ??= extractNames(this.text));
  }

  /** Accent-folded words, to see which of the probe's distinctive terms it shares. */
  get words(): Set<string> {
    return (this.foundWords ??= new Set(foldAccents(this.text).match(/[\p{L}\p{N}]+/gu)));
  }

  /** The numbers it states, in digits or words ("quatorze" and "14" alike). */
  get numbers(): Set<number> {
    return (this.foundNumbers ??= numbersIn(this.text));
  }
}

/**
 * Passages analysed, remembered: a call compares ~300 candidates, and a researcher moving
 * through a document asks about neighbouring passages whose candidates are mostly the same.
 * Each takes ~11 KB once its words are read (most keep only their stems), so at most 22 MB.
 */
const REMEMBERED_PASSAGES = 2000;

/** Analyses passages for similar-passage scoring, remembering the most recently used. */
export class PassageAnalyses {
  private readonly memory = new LRUCache<number, PassageAnalysis>({ max: REMEMBERED_PASSAGES });

  of(passage: { passageId: number; text: string; language: string | null }): PassageAnalysis {
    const known = this.memory.get(passage.passageId);
    // Re-processing keeps a passage's id where its text is unchanged, but the document's
    // language may have been corrected; and a deleted passage's id may come back. The
    // document's language saves detecting it again for every passage.
    const language = stemLanguage(passage.text, passage.language);
    if (known && known.text === passage.text && known.language === language) return known;
    const analysis = new PassageAnalysis(passage.text, language);
    this.memory.set(passage.passageId, analysis);
    return analysis;
  }
}

/** Consecutive content-stem pairs ("défense mutuelle"): each stem → the stems that follow it. */
export type StemPairs = Map<string, Set<string>>;

export function stemPairs(stems: readonly string[]): StemPairs {
  const pairs: StemPairs = new Map();
  for (let index = 0; index + 1 < stems.length; index++) {
    const first = stems[index]!;
    const following = pairs.get(first);
    if (following) following.add(stems[index + 1]!);
    else pairs.set(first, new Set([stems[index + 1]!]));
  }
  return pairs;
}

/**
 * The distinct consecutive pairs of `stems` that `pairs` holds too, as "first second". Only
 * shared pairs are spelled out: a candidate has dozens of pairs and shares a few.
 */
export function sharedPairs(stems: readonly string[], pairs: StemPairs): Set<string> {
  const shared = new Set<string>();
  for (let index = 0; index + 1 < stems.length; index++) {
    if (pairs.get(stems[index]!)?.has(stems[index + 1]!)) {
      shared.add(`${stems[index]} ${stems[index + 1]}`);
    }
  }
  return shared;
}
