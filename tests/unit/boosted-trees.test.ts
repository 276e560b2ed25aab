import { describe, expect, it } from 'vitest';
import { trainBoostedTrees } from '../../bench/boosted-trees-train';
import { boostedProbability } from '../../src/main/services/import/clean/boosted-trees';

// A label no single threshold gives: article when long AND dense, or when inside the run.
function dataset(count: number) {
  const x: number[][] = [];
  const y: number[] = [];
  for (let index = 0; index < count; index++) {
    const length = (index * 7919) % 1000;
    const density = ((index * 104729) % 997) / 997;
    const inside = index % 5 === 0 ? 1 : 0;
    x.push([length, density, inside, index % 3]);
    y.push((length > 400 && density > 0.5) || inside ? 1 : 0);
  }
  return { x, y };
}

describe('boosted trees', () => {
  const { x, y } = dataset(2000);
  const model = trainBoostedTrees(x, y);

  it('learns an interaction no single feature gives, and scores it as data', () => {
    const wrong = x.filter(
      (row, index) => boostedProbability(model, row) >= 0.5 !== (y[index] === 1),
    );
    expect(wrong.length / x.length).toBeLessThan(0.02);
    expect(boostedProbability(model, [900, 0.9, 0, 1])).toBeGreaterThan(0.9);
    expect(boostedProbability(model, [900, 0.1, 0, 1])).toBeLessThan(0.1);
    expect(boostedProbability(model, [100, 0.1, 1, 1])).toBeGreaterThan(0.9);
    // The weights are plain numbers: they survive JSON as the model file stores them.
    const stored = JSON.parse(JSON.stringify(model)) as typeof model;
    expect(boostedProbability(stored, [900, 0.9, 0, 1])).toBe(
      boostedProbability(model, [900, 0.9, 0, 1]),
    );
  });

  it('grows the same trees from the same data (training is reproducible)', () => {
    expect(trainBoostedTrees(x, y)).toEqual(model);
  });

  it('follows a hand-made tree: left at or below the threshold, leaves hold scores', () => {
    const stump = { base: 0, features: [[0, -1, -1]], values: [[5, -2, 2]] };
    expect(boostedProbability(stump, [5])).toBeCloseTo(1 / (1 + Math.exp(2)));
    expect(boostedProbability(stump, [6])).toBeCloseTo(1 / (1 + Math.exp(-2)));
  });
});
