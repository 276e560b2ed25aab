import { boostedProbability, type BoostedTrees } from './boosted-trees';
import { proseFeatures } from './prose-features';
import { PROSE_LEXICON } from './prose-lexicon';
import { PROSE_MODELS } from './prose-model';
import { wordFeatures } from './prose-words';
import type { ProseBlock } from './justext';

/** The inputs the prose pass has a model for: text scrapes, and blocks of a saved page. */
export type ProseSource = 'text' | 'html';

/** A logistic model over standardised features. */
export interface Logistic {
  means: number[];
  scales: number[];
  weights: number[];
  bias: number;
}

/** The probability a logistic model gives a feature vector. */
export function logistic(model: Logistic, features: readonly number[]): number {
  let sum = model.bias;
  for (let index = 0; index < features.length; index++) {
    sum +=
      (model.weights[index]! * (features[index]! - model.means[index]!)) / model.scales[index]!;
  }
  return 1 / (1 + Math.exp(-sum));
}

/**
 * The two-stage model of one kind of input, and the probability from which a block is kept.
 * The second stage is the mean of boosted trees and a logistic model over the same inputs: the
 * pair scores better out of fold than either alone (trees find interactions, the linear model
 * generalises more smoothly).
 */
export interface ProseModel {
  first: BoostedTrees;
  second: BoostedTrees;
  secondLinear: Logistic;
  threshold: number;
}

/** The second stage's probability for one block's stacked features. */
export function secondStage(model: ProseModel, row: readonly number[]): number {
  return (boostedProbability(model.second, row) + logistic(model.secondLinear, row)) / 2;
}

/**
 * Each block's features followed by what the first stage thinks of it and of its neighbours
 * (a block between two article paragraphs is likely article, one among menus likely not), of
 * the ten blocks on either side, and where it stands from the run the first stage reads as the
 * article: these page-level views added 0.003–0.004 out-of-fold F1 on both inputs.
 */
export function contextFeatures(
  features: readonly number[][],
  first: readonly number[],
): number[][] {
  const at = (index: number) => first[index] ?? 0;
  const window = (from: number, to: number) => {
    const values = first.slice(Math.max(0, from), Math.max(0, to));
    return values.length ? Math.max(...values) : 0;
  };
  const [start, end] = likelySpan(features, first);
  const top = Math.max(...first, 1e-9);
  return features.map((row, index) => {
    const near = first.slice(Math.max(0, index - 3), index + 4);
    return [
      ...row,
      at(index),
      at(index - 1),
      at(index + 1),
      mean(near),
      window(index - 3, index),
      window(index + 1, index + 4),
      index >= start && index <= end ? 1 : 0,
      Math.log1p(Math.max(0, start - index)),
      Math.log1p(Math.max(0, index - end)),
      at(index) / top,
      at(index - 2),
      at(index + 2),
      mean(first.slice(Math.max(0, index - 10), index)),
      mean(first.slice(index + 1, index + 11)),
    ];
  });
}

const mean = (values: readonly number[]) =>
  values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;

/**
 * The run of blocks the first stage reads as the article: the run with the largest sum of
 * (probability - 1/2) weighted by the square root of each block's length (the first feature is
 * its log length), so a long confident paragraph outweighs a doubtful label line.
 */
function likelySpan(features: readonly number[][], first: readonly number[]): [number, number] {
  let best = -Infinity;
  let span: [number, number] = [0, first.length - 1];
  let sum = 0;
  let start = 0;
  first.forEach((probability, index) => {
    if (sum <= 0) {
      sum = 0;
      start = index;
    }
    sum += (probability - 0.5) * Math.sqrt(Math.expm1(features[index]![0]!));
    if (sum > best) {
      best = sum;
      span = [start, index];
    }
  });
  return span;
}

/** The probability, by the prose model, that each block belongs to the article. */
export function proseProbabilities(
  blocks: readonly ProseBlock[],
  model: ProseModel,
): { probabilities: number[]; articleEnd: number } {
  const features = proseFeatures(blocks);
  const words = wordFeatures(
    blocks.map((block) => block.text),
    PROSE_LEXICON,
    features.language,
  );
  const rows = features.rows.map((row, index) => [...row, ...words[index]!]);
  const { articleEnd } = features;
  const first = rows.map((row) => boostedProbability(model.first, row));
  const probabilities = contextFeatures(rows, first).map((row) => secondStage(model, row));
  return { probabilities, articleEnd };
}

/**
 * Sets aside the body blocks that do not read as the article: boosted trees over each
 * block's length, stop-word density relative to the page's prose, punctuation, shape, link
 * density where known, and its place around the densest run of prose and the headline
 * (prose-features.ts; for saved pages also the element, the container it shares with the
 * page's prose, comment and related-article sections; the furniture words of the page's
 * language, prose-words.ts), then a second set of trees that also
 * weighs its neighbours' first-stage probabilities, averaged with a logistic model. Both are learnt on four fifths of the extraction development set by
 * bench/extraction-eval-train.ts. Blocks the rules already named keep their kind; the ones set
 * aside here become 'outside' (page text around the article) and stay restorable.
 */
export function markProse(blocks: ProseBlock[], source: ProseSource): void {
  if (!blocks.some((block) => block.kind === 'body')) return;
  const model = PROSE_MODELS[source];
  const { probabilities, articleEnd } = proseProbabilities(blocks, model);
  // A comment form or a "Related" heading after the article ends it, whatever follows.
  const keep = probabilities.map(
    (value, index) => value >= model.threshold && !(blocks[index]!.afterTail && index > articleEnd),
  );
  // A page where nothing reads as the article keeps what the rules left (notes, lists, poems).
  if (!blocks.some((block, index) => block.kind === 'body' && keep[index])) return;
  keepGluedRuns(blocks, keep);
  blocks.forEach((block, index) => {
    if (block.kind === 'body' && !keep[index]) block.kind = 'outside';
  });
}

/**
 * The blocks cut from one scraped line that had lost its paragraph breaks (blocks.ts) were one
 * run of the page: the headings and bullets between two of its blocks the model keeps stay in
 * the article with them, as they were before the line was cut. Alone, a live blog's short
 * headings read like the furniture the model learnt to set aside.
 */
function keepGluedRuns(blocks: readonly ProseBlock[], keep: boolean[]): void {
  const kept = new Map<number, [number, number]>();
  blocks.forEach((block, index) => {
    if (block.gluedLine === undefined || !keep[index]) return;
    const [first] = kept.get(block.gluedLine) ?? [index];
    kept.set(block.gluedLine, [first, index]);
  });
  blocks.forEach((block, index) => {
    const run = block.gluedLine === undefined ? undefined : kept.get(block.gluedLine);
    if (run && index > run[0] && index < run[1]) keep[index] = true;
  });
}
