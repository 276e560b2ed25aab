import type { DomPlace } from '../formats/raw-block';
import { densityOf, stopListOf, wordsOf, type StopList } from './stop-words';

/** What a block looks like before its neighbours are considered (jusText's classes). */
export type ProseClass = 'good' | 'near' | 'short' | 'bad';

/** The block fields the prose pass reads and may change. */
export interface ProseBlock {
  kind: string;
  text: string;
  /** The share of the block's characters inside links, when the format knows it (HTML). */
  linkDensity?: number;
  /** Where the block stands in a saved page, when it comes from one. */
  dom?: DomPlace;
  /** Whether the block follows a comment form, a "Related" heading or ends a teaser run. */
  afterTail?: boolean;
  /** The blocks cut from one glued line of a text scrape share a number (see RawBlock). */
  gluedLine?: number;
}

/** Below this many characters a block says too little to judge alone. */
const SHORT_CHARS = 70;
/** From this many characters a prose-dense block is article text whatever its neighbours. */
const LONG_CHARS = 200;

/**
 * The stop-word density prose has on this page: the length-weighted median over its longer
 * blocks. Densities are judged relative to it, so a short stop-word list (Spanish) or a long
 * one (German) gives the same thresholds.
 */
function referenceDensity(densities: readonly number[], lengths: readonly number[]): number | null {
  const long = densities
    .map((density, index) => ({ density, length: lengths[index]! }))
    .filter((entry) => entry.length >= 100)
    .sort((a, b) => a.density - b.density);
  const total = long.reduce((sum, entry) => sum + entry.length, 0);
  let seen = 0;
  for (const entry of long) {
    seen += entry.length;
    if (seen >= total / 2) return entry.density;
  }
  return null;
}

export function initialClasses(blocks: readonly ProseBlock[]): {
  classes: ProseClass[];
  relative: number[];
  hasStops: boolean;
  /** The page's stop-word list, read from its body blocks (0 when none fits). */
  stops: StopList;
} {
  // Each block's words are read once, for the page's list and for the block's density.
  const words = blocks.map((block) => wordsOf(block.text));
  const stops = stopListOf(words.filter((_, index) => blocks[index]!.kind === 'body'));
  const lengths = blocks.map((block) => block.text.length);
  const densities = words.map((found) => (stops !== 0 ? densityOf(found, stops) : 0));
  const bodyDensities = densities.map((density, index) =>
    blocks[index]!.kind === 'body' ? density : 0,
  );
  const reference = stops !== 0 ? referenceDensity(bodyDensities, lengths) : null;
  const relative = densities.map((density) => (reference ? Math.min(2, density / reference) : 1));
  const classes = blocks.map((block, index): ProseClass => {
    if (block.kind !== 'body') return 'bad';
    const length = lengths[index]!;
    const links = block.linkDensity ?? 0;
    if (links > 0.5 || (links > 0.25 && length < LONG_CHARS)) return 'bad';
    if (length < SHORT_CHARS) return links > 0 ? 'bad' : 'short';
    // Without stop-words to count (Chinese, Japanese, Thai…), length alone speaks.
    if (relative[index]! >= 0.7) return length >= LONG_CHARS ? 'good' : 'near';
    if (relative[index]! >= 0.5) return 'near';
    return 'bad';
  });
  return { classes, relative, hasStops: stops !== 0, stops };
}

/** The nearest class before (step -1) or after (step 1) index that is settled, page edges bad. */
function neighbour(
  classes: readonly ProseClass[],
  index: number,
  step: 1 | -1,
  skipNear: boolean,
): ProseClass {
  for (let at = index + step; at >= 0 && at < classes.length; at += step) {
    const found = classes[at]!;
    if (found === 'short' || (skipNear && found === 'near')) continue;
    return found;
  }
  return 'bad';
}

/**
 * Settles short and borderline blocks by their neighbours, as jusText does: a short block
 * between article paragraphs is article text (a subheading, a one-line paragraph), one between
 * menus is a menu; a borderline block counts as article unless boilerplate surrounds it.
 */
export function smooth(initial: readonly ProseClass[]): ('good' | 'bad')[] {
  const classes = [...initial];
  for (let index = 0; index < classes.length; index++) {
    if (initial[index] !== 'short') continue;
    const before = neighbour(initial, index, -1, true);
    const after = neighbour(initial, index, 1, true);
    if (before === 'good' && after === 'good') classes[index] = 'good';
    else if (before === 'bad' && after === 'bad') classes[index] = 'bad';
    else {
      const nearBefore = before === 'bad' && neighbour(initial, index, -1, false) === 'near';
      const nearAfter = after === 'bad' && neighbour(initial, index, 1, false) === 'near';
      classes[index] = nearBefore || nearAfter ? 'good' : 'bad';
    }
  }
  return classes.map((found, index) => {
    if (found !== 'near') return found === 'good' ? 'good' : 'bad';
    const before = neighbour(classes, index, -1, true);
    const after = neighbour(classes, index, 1, true);
    return before === 'bad' && after === 'bad' ? 'bad' : 'good';
  });
}
