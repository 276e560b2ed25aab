import { initialClasses, smooth, type ProseBlock, type ProseClass } from './justext';
import { stopListCode } from './stop-words';

/**
 * Features the text scrapes' model reads and the saved pages' model does not (the last columns):
 * out of fold they moved text-scrape F1 from 0.886 to 0.888 and saved-page F1 from 0.930 to 0.929.
 */
const TEXT_ONLY_NAMES = [
  'log length relative to the median body block',
  'share of its topic words in the headline',
  'commas per word',
  'mean word length',
  'previous block ends like a sentence',
  'next block ends like a sentence',
  'starts with a lowercase letter',
] as const;

/** The names of the features each block is described by, in the order of its vector. */
export const FEATURE_NAMES = [
  'log length',
  'stop-word density relative to the page prose',
  'page has no stop-words (CJK…)',
  'ends like a sentence',
  'log sentences',
  'digit share',
  'capitalised word share',
  'jusText good',
  'jusText near-good',
  'jusText short',
  'jusText good after context',
  'inside the densest prose run',
  'log blocks before that run',
  'log blocks after that run',
  'before the headline',
  'previous block log length',
  'next block log length',
  'previous block relative density',
  'next block relative density',
  'log length of the run of short label lines it is in',
  'previous block set aside by the rules',
  'next block set aside by the rules',
  'link density',
  'separator share (| • › »)',
  'ends with an ellipsis',
  'three words or fewer',
  'position in the page',
  'log characters from the densest run',
  'in page furniture (nav, footer, comments… by element, class or id)',
  'in the article element (article, main, articleBody…)',
  "in the container Readability's scoring picks (html-candidate.ts)",
  'heading element',
  'list item',
  'after a comment form, a related-articles heading, or in a closing teaser run',
  'in a paragraph element',
  'in a comment section (class or id)',
  'in a list of other articles (class or id)',
  'share of the page prose in the same container element',
  'share of the page prose in the same section (the element above)',
  'share of its words used elsewhere in the densest prose run',
  'log times the same text stands elsewhere on the page (menus shown twice)',
  'log blocks from the headline',
  ...TEXT_ONLY_NAMES,
] as const;

/** TEXT_ONLY_NAMES as a set: the trainer zeroes their columns on saved pages. */
export const TEXT_ONLY_FEATURES: ReadonlySet<string> = new Set<string>(TEXT_ONLY_NAMES);

/** Words long enough to carry a topic, lowercased. */
function topicWords(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
}

/**
 * For each block, the share of its topic words that the densest prose run uses in its other
 * blocks: an ingredient list or a subheading speaks of what the article speaks of, a list of
 * other headlines or a shop banner does not.
 */
function runOverlap(own: readonly string[][], start: number, end: number): number[] {
  const counts = new Map<string, number>();
  for (let index = start; index <= end; index++)
    for (const word of own[index]!) counts.set(word, (counts.get(word) ?? 0) + 1);
  return own.map((list, index) => {
    if (list.length === 0) return 0;
    const inside = index >= start && index <= end;
    const mine = new Map<string, number>();
    if (inside) for (const word of list) mine.set(word, (mine.get(word) ?? 0) + 1);
    const shared = list.filter((word) => (counts.get(word) ?? 0) - (mine.get(word) ?? 0) > 0);
    return shared.length / list.length;
  });
}

/** The share of a block's topic words that the headline uses. */
function headlineShare(list: readonly string[], headline: ReadonlySet<string>): number {
  if (list.length === 0 || headline.size === 0) return 0;
  return list.filter((word) => headline.has(word)).length / list.length;
}

/** The share of the page's prose characters (jusText good) held by each block's group. */
function proseShare(
  groups: readonly (number | undefined)[],
  classes: readonly ProseClass[],
  lengths: readonly number[],
): number[] {
  const byGroup = new Map<number, number>();
  let total = 0;
  groups.forEach((group, index) => {
    if (group === undefined || classes[index] !== 'good') return;
    byGroup.set(group, (byGroup.get(group) ?? 0) + lengths[index]!);
    total += lengths[index]!;
  });
  return groups.map((group) =>
    group === undefined || total === 0 ? 0 : (byGroup.get(group) ?? 0) / total,
  );
}

const SENTENCE_END = /[.!?…:;»”"')]$/u;

/** Characters each block would add to the article: long prose counts, boilerplate costs. */
function runScore(klass: ProseClass, length: number): number {
  if (klass === 'good') return length;
  if (klass === 'near') return length / 2;
  if (klass === 'short') return -20;
  return -Math.max(length, 50);
}

/** The densest run of prose (maximum-sum run of runScore), as first and last index. */
function densestRun(
  classes: readonly ProseClass[],
  lengths: readonly number[],
  barriers: readonly boolean[] = [],
): [number, number] {
  let best = -Infinity;
  let bestRange: [number, number] = [0, classes.length - 1];
  let sum = 0;
  let start = 0;
  classes.forEach((klass, index) => {
    if (sum <= 0 || barriers[index]) {
      sum = 0;
      start = index;
    }
    sum += runScore(klass, lengths[index]!);
    if (sum > best) {
      best = sum;
      bestRange = [start, index];
    }
  });
  return bestRange;
}

/** How many short lines without a final stop surround each block in an unbroken run. */
function labelRuns(blocks: readonly ProseBlock[]): number[] {
  const label = blocks.map(
    (block) => block.text.length < 60 && !SENTENCE_END.test(block.text) && block.kind === 'body',
  );
  const runs = blocks.map(() => 0);
  for (let start = 0; start < blocks.length;) {
    let end = start;
    while (end < blocks.length && label[end]) end++;
    for (let index = start; index < end; index++) runs[index] = end - start;
    start = Math.max(end, start + 1);
  }
  return runs;
}

/**
 * Describes every block of a page for the prose model: what it is alone (length, stop-words,
 * punctuation, shape) and where it stands (its neighbours, the densest run of prose, the
 * headline). Works on text alone; link density adds to it when the format knows links.
 */
export function proseFeatures(blocks: readonly ProseBlock[]): {
  rows: number[][];
  /** The first and last index of the densest run of prose. */
  run: [number, number];
  /**
   * The last index of the densest run that does not cross a comment form or a heading of other
   * articles: what follows such a marker after the article is never article text.
   */
  articleEnd: number;
  /** The page's stop-word language ("fra"), or "" when none fits (stop-words.ts). */
  language: string;
} {
  const { classes, relative, hasStops, stops } = initialClasses(blocks);
  const settled = smooth(classes);
  const lengths = blocks.map((block) => block.text.length);
  const [runStart, runEnd] = densestRun(classes, lengths);
  const runs = labelRuns(blocks);
  const topics = blocks.map((block) => topicWords(block.text));
  const overlap = runOverlap(topics, runStart, runEnd);
  const seen = new Map<string, number>();
  for (const block of blocks) seen.set(block.text, (seen.get(block.text) ?? 0) + 1);
  const containerShare = proseShare(
    blocks.map((block) => block.dom?.container),
    classes,
    lengths,
  );
  const sectionShare = proseShare(
    blocks.map((block) => block.dom?.section),
    classes,
    lengths,
  );
  const title = blocks.findIndex((block) => block.kind === 'title');
  const logLength = (index: number) =>
    index >= 0 && index < blocks.length ? Math.log1p(lengths[index]!) : 0;
  const setAside = (index: number) =>
    index >= 0 && index < blocks.length && !['body', 'title'].includes(blocks[index]!.kind) ? 1 : 0;
  const offsets: number[] = [];
  let offset = 0;
  for (const length of lengths) {
    offsets.push(offset);
    offset += length;
  }
  const bodyLengths = lengths
    .filter((_, index) => blocks[index]!.kind === 'body')
    .sort((a, b) => a - b);
  const median = bodyLengths[Math.floor(bodyLengths.length / 2)] ?? 1;
  const headline = new Set(title >= 0 ? topics[title] : []);
  const endsSentence = (index: number) =>
    index >= 0 && index < blocks.length && SENTENCE_END.test(blocks[index]!.text) ? 1 : 0;
  const rows = blocks.map((block, index) => {
    const text = block.text;
    const words = text.split(/\s+/).filter(Boolean);
    const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
    const before = index < runStart ? runStart - index : 0;
    const after = index > runEnd ? index - runEnd : 0;
    const distance =
      index < runStart
        ? offsets[runStart]! - offsets[index]! - lengths[index]!
        : index > runEnd
          ? offsets[index]! - offsets[runEnd]! - lengths[runEnd]!
          : 0;
    return [
      Math.log1p(text.length),
      relative[index]!,
      hasStops ? 0 : 1,
      SENTENCE_END.test(text) ? 1 : 0,
      Math.log1p((text.match(/[.!?]\s+\p{Lu}/gu) ?? []).length),
      (text.match(/\p{N}/gu) ?? []).length / Math.max(1, text.length),
      capitalised / Math.max(1, words.length),
      classes[index] === 'good' ? 1 : 0,
      classes[index] === 'near' ? 1 : 0,
      classes[index] === 'short' ? 1 : 0,
      settled[index] === 'good' ? 1 : 0,
      before === 0 && after === 0 ? 1 : 0,
      Math.log1p(before),
      Math.log1p(after),
      title >= 0 && index < title ? 1 : 0,
      logLength(index - 1),
      logLength(index + 1),
      relative[index - 1] ?? 0,
      relative[index + 1] ?? 0,
      Math.log1p(runs[index]!),
      setAside(index - 1),
      setAside(index + 1),
      block.linkDensity ?? 0,
      (text.match(/[|•·›»]/g) ?? []).length / Math.max(1, words.length),
      /(\.\.\.|…)["”»]?$/u.test(text) ? 1 : 0,
      words.length <= 3 ? 1 : 0,
      index / Math.max(1, blocks.length - 1),
      Math.log1p(distance),
      block.dom?.furniture ? 1 : 0,
      block.dom?.article ? 1 : 0,
      block.dom?.picked ? 1 : 0,
      block.dom?.heading ? 1 : 0,
      block.dom?.listItem ? 1 : 0,
      block.afterTail ? 1 : 0,
      block.dom?.paragraph ? 1 : 0,
      block.dom?.comments ? 1 : 0,
      block.dom?.related ? 1 : 0,
      containerShare[index]!,
      sectionShare[index]!,
      overlap[index]!,
      Math.log1p(seen.get(text)! - 1),
      title >= 0 ? Math.log1p(Math.abs(index - title)) : Math.log1p(blocks.length),
      Math.log((1 + text.length) / (1 + median)),
      headlineShare(topics[index]!, headline),
      (text.match(/[,，、]/g) ?? []).length / Math.max(1, words.length),
      text.replace(/\s+/g, '').length / Math.max(1, words.length),
      endsSentence(index - 1),
      endsSentence(index + 1),
      /^\p{Ll}/u.test(text) ? 1 : 0,
    ];
  });
  const barriers = blocks.map((block) => block.kind === 'form' || block.kind === 'related');
  const [, articleEnd] = densestRun(classes, lengths, barriers);
  return { rows, run: [runStart, runEnd], articleEnd, language: stopListCode(stops) };
}
