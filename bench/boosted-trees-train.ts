import type { BoostedTrees } from '../src/main/services/import/clean/boosted-trees';

/** How the trees are grown. Nothing is drawn at random: the same data gives the same trees. */
export interface BoostingOptions {
  trees: number;
  depth: number;
  learningRate: number;
  /** Fewest samples a leaf may hold. */
  minLeaf: number;
  /** L2 penalty on leaf scores. */
  lambda: number;
  /** Most thresholds tried per feature (quantiles of its values). */
  bins: number;
}

// Depth 2 (pairs of features): as good out of fold on the development pages as depth 3 or 4
// (HTML 0.926 against 0.923–0.924, text 0.877 against 0.874–0.880) and less given to learning
// single pages by heart.
export const BOOSTING: BoostingOptions = {
  trees: 300,
  depth: 2,
  learningRate: 0.1,
  minLeaf: 40,
  lambda: 1,
  bins: 32,
};

/**
 * Up to `bins` thresholds per feature, at quantiles of its distinct values, each halfway between
 * two values that occur and short enough to print: rounding it cannot move a sample across it.
 */
function thresholds(values: number[], bins: number): number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const step = Math.max(1, distinct.length / bins);
  const cuts: number[] = [];
  for (let at = step; at < distinct.length; at += step) {
    const below = distinct[Math.floor(at) - 1]!;
    const above = distinct[Math.floor(at)]!;
    const middle = Number(((below + above) / 2).toPrecision(6));
    cuts.push(middle > below && middle < above ? middle : (below + above) / 2);
  }
  return [...new Set(cuts)];
}

/**
 * Learns boosted trees for a binary label by Newton steps on the logistic loss (as XGBoost
 * does, without its sampling): each tree is grown level by level to `depth`, each split the one
 * with the largest gain over the quantile thresholds, leaves scored -G/(H+λ) times the rate.
 * Written here because the trainer only runs in bench/ and the app needs the trees as data, which
 * no maintained JavaScript boosting library gives.
 */
export function trainBoostedTrees(
  x: number[][],
  y: number[],
  options: BoostingOptions = BOOSTING,
): BoostedTrees {
  const count = x.length;
  const size = x[0]!.length;
  const cuts = Array.from({ length: size }, (_, feature) =>
    thresholds(
      x.map((row) => row[feature]!),
      options.bins,
    ),
  );
  // Each sample's bin per feature: the first threshold at or above its value.
  const binned = cuts.map((list, feature) => {
    const bins = new Uint8Array(count);
    for (let index = 0; index < count; index++) {
      const value = x[index]![feature]!;
      let bin = 0;
      while (bin < list.length && value > list[bin]!) bin++;
      bins[index] = bin;
    }
    return bins;
  });
  const positive = y.reduce((sum, label) => sum + label, 0) / count;
  const base = Math.log(positive / (1 - positive));
  const score = new Float64Array(count).fill(base);
  const gradient = new Float64Array(count);
  const hessian = new Float64Array(count);
  const node = new Int32Array(count);
  const nodes = 2 ** (options.depth + 1) - 1;
  const model: BoostedTrees = { base, features: [], values: [] };
  for (let tree = 0; tree < options.trees; tree++) {
    for (let index = 0; index < count; index++) {
      const probability = 1 / (1 + Math.exp(-score[index]!));
      gradient[index] = probability - y[index]!;
      hessian[index] = Math.max(probability * (1 - probability), 1e-6);
    }
    node.fill(0);
    const features = new Array<number>(nodes).fill(-1);
    const values = new Array<number>(nodes).fill(0);
    const open = new Set<number>([0]);
    for (let level = 0; level <= options.depth; level++) {
      const first = 2 ** level - 1;
      const width = 2 ** level;
      const sums = Array.from({ length: width }, () => ({ g: 0, h: 0, n: 0 }));
      for (let index = 0; index < count; index++) {
        const at = node[index]! - first;
        if (at < 0 || at >= width) continue;
        sums[at]!.g += gradient[index]!;
        sums[at]!.h += hessian[index]!;
        sums[at]!.n += 1;
      }
      const split = new Map<number, { feature: number; bin: number; gain: number }>();
      if (level < options.depth) {
        for (let feature = 0; feature < size; feature++) {
          const binCount = cuts[feature]!.length + 1;
          const g = new Float64Array(width * binCount);
          const h = new Float64Array(width * binCount);
          const n = new Int32Array(width * binCount);
          const bins = binned[feature]!;
          for (let index = 0; index < count; index++) {
            const at = node[index]! - first;
            if (at < 0 || at >= width) continue;
            const cell = at * binCount + bins[index]!;
            g[cell]! += gradient[index]!;
            h[cell]! += hessian[index]!;
            n[cell]! += 1;
          }
          for (let at = 0; at < width; at++) {
            if (!open.has(first + at)) continue;
            const total = sums[at]!;
            const parent = (total.g * total.g) / (total.h + options.lambda);
            let gl = 0;
            let hl = 0;
            let nl = 0;
            for (let bin = 0; bin < binCount - 1; bin++) {
              const cell = at * binCount + bin;
              gl += g[cell]!;
              hl += h[cell]!;
              nl += n[cell]!;
              if (nl < options.minLeaf || total.n - nl < options.minLeaf) continue;
              const gr = total.g - gl;
              const hr = total.h - hl;
              const gain =
                (gl * gl) / (hl + options.lambda) + (gr * gr) / (hr + options.lambda) - parent;
              const best = split.get(first + at);
              if (gain > 1e-9 && (!best || gain > best.gain))
                split.set(first + at, { feature, bin, gain });
            }
          }
        }
      }
      for (let at = 0; at < width; at++) {
        const id = first + at;
        if (!open.has(id)) continue;
        const chosen = split.get(id);
        if (chosen) {
          features[id] = chosen.feature;
          values[id] = cuts[chosen.feature]![chosen.bin]!;
          open.add(2 * id + 1);
          open.add(2 * id + 2);
        } else {
          const total = sums[at]!;
          values[id] = (-total.g / (total.h + options.lambda)) * options.learningRate;
        }
        open.delete(id);
      }
      // Samples of split nodes move to the child their value sends them to.
      for (let index = 0; index < count; index++) {
        const id = node[index]!;
        if (id < first || id >= first + width || features[id]! < 0) continue;
        node[index] = x[index]![features[id]!]! <= values[id]! ? 2 * id + 1 : 2 * id + 2;
      }
    }
    for (let index = 0; index < count; index++) score[index]! += values[node[index]!]!;
    model.features.push(features);
    model.values.push(
      values.map((value, at) => (features[at]! < 0 ? Number(value.toPrecision(5)) : value)),
    );
  }
  return model;
}
