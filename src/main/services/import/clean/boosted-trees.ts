/**
 * Gradient-boosted decision trees over a feature vector, stored as plain numbers so the weights
 * file stays data. Each tree is complete to its depth, nodes in breadth-first order (the
 * children of node i are 2i+1 and 2i+2): a node with feature -1 is a leaf whose value is its
 * score, any other sends the vector left when its feature is at most the node's value.
 */
export interface BoostedTrees {
  /** The log-odds every block starts from. */
  base: number;
  /** Per tree, per node: the feature it tests, or -1 for a leaf. */
  features: number[][];
  /** Per tree, per node: the threshold it tests, or the leaf's score. */
  values: number[][];
}

/** The probability the trees give a feature vector. */
export function boostedProbability(model: BoostedTrees, row: readonly number[]): number {
  let sum = model.base;
  for (let tree = 0; tree < model.features.length; tree++) {
    const features = model.features[tree]!;
    const values = model.values[tree]!;
    let node = 0;
    while (features[node]! >= 0) {
      node = row[features[node]!]! <= values[node]! ? 2 * node + 1 : 2 * node + 2;
    }
    sum += values[node]!;
  }
  return 1 / (1 + Math.exp(-sum));
}
