import { describe, expect, it } from 'vitest';
import { columnScan } from './column-kernel';
import { wasmMemory } from './wasm-module';

describe('the column kernel', () => {
  it('sums weight × value over the chosen int8 columns for every row, times its scale', () => {
    const memory = wasmMemory(2);
    const scan = columnScan(memory);
    const rows = 64;
    const columns = 5;
    const valuesAt = 4096;
    const values = new Int8Array(memory.buffer, valuesAt, rows * columns);
    let seed = 99;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let index = 0; index < values.length; index++) values[index] = (next() % 255) - 127;
    // Extremes too: -127 × -32767 summed over the columns must not wrap.
    values.fill(-127, 0, 8);
    // Columns 0, 2 and 4 with weights of both signs, the largest allowed among them.
    const chosen: [number, number][] = [
      [0, -32767],
      [2, 1234],
      [4, 32767],
    ];
    const pairs = new Int32Array(memory.buffer, 0, chosen.length * 2);
    chosen.forEach(([column, weight], index) => {
      pairs[index * 2] = valuesAt + column * rows;
      pairs[index * 2 + 1] = weight;
    });
    const scalesAt = 8192;
    const scales = new Float32Array(memory.buffer, scalesAt, rows);
    scales.forEach((_, row) => (scales[row] = row % 3 === 0 ? 1 : 1 / (row + 2)));
    const outAt = 12_288;
    scan(0, chosen.length, rows, scalesAt, outAt);
    const scores = new Float32Array(memory.buffer, outAt, rows);
    const sums = Array.from({ length: rows }, (_, row) =>
      chosen.reduce((sum, [column, weight]) => sum + weight * values[column * rows + row]!, 0),
    );
    // Sums are exact in i32; the product with the scale is rounded to f32 once.
    expect(Array.from(scores)).toEqual(sums.map((sum, row) => Math.fround(sum * scales[row]!)));
    expect(scores[0]).toBe(-127 * -32767 + 1234 * values[2 * rows]! + 32767 * values[4 * rows]!);
  });
});
