import { describe, expect, it } from 'vitest';
import { fitWithMargins, stackChips, stackDefaults } from './stacking';

/** The horizontal extent each placed chip takes, to check no two in a row overlap. */
function boxes(xs: number[], labels: number[]) {
  const placed = stackChips(xs.map((x, index) => ({ x, labelWidth: labels[index]! })));
  return placed.map((chip, index) => ({
    row: chip.row,
    label: chip.labelWidth,
    from: xs[index]! - stackDefaults.offset,
    to: xs[index]! - stackDefaults.offset + stackDefaults.bubble + chip.labelWidth,
  }));
}

describe('stackChips', () => {
  it('keeps chips far apart on one row with their whole labels', () => {
    const placed = boxes([0, 400], [120, 80]);
    expect(placed.map((box) => [box.row, box.label])).toEqual([
      [0, 120],
      [0, 80],
    ]);
  });

  it('moves a chip that would run into a label to the next row instead of cutting it', () => {
    const placed = boxes([0, 60], [150, 150]);
    expect(placed.map((box) => [box.row, box.label])).toEqual([
      [0, 150],
      [1, 150],
    ]);
  });

  it('never lets two chips of one row overlap, however crowded', () => {
    const xs = Array.from({ length: 40 }, (_, index) => index * 31);
    const placed = boxes(
      xs,
      xs.map(() => 200),
    );
    for (let row = 0; row < stackDefaults.rows; row++) {
      const inRow = placed.filter((box) => box.row === row);
      for (let index = 1; index < inRow.length; index++) {
        expect(inRow[index]!.from).toBeGreaterThanOrEqual(inRow[index - 1]!.to);
      }
    }
  });
});

describe('fitWithMargins', () => {
  it('leaves the asked pixels on both sides of the events', () => {
    const [start, end] = fitWithMargins([1000, 2000], 700, 50, 150);
    const x = (time: number) => ((time - start) / (end - start)) * 700;
    expect(x(1000)).toBeCloseTo(50);
    expect(x(2000)).toBeCloseTo(550);
  });
});
