import { describe, expect, it } from 'vitest';
import type { Passage } from '../../../../shared/domain';
import { passageIndexAt, rangesByPassage } from './layout';

const passage = (ordinal: number, start: number, end: number): Passage => ({
  id: ordinal + 1,
  documentId: 1,
  ordinal,
  start,
  end,
  text: 'x'.repeat(end - start),
});
const passages = [passage(0, 0, 10), passage(1, 12, 30), passage(2, 32, 40)];

describe('reader layout', () => {
  it('finds the passage holding an offset, gaps belonging to the passage before', () => {
    expect([0, 9, 10, 11, 12, 35, 99].map((offset) => passageIndexAt(passages, offset))).toEqual([
      0, 0, 0, 0, 1, 2, 2,
    ]);
  });

  it('gives a highlight spanning passages to each passage it touches', () => {
    const groups = rangesByPassage(passages, [
      { start: 5, end: 15 },
      { start: 33, end: 34 },
      { start: 10, end: 12 },
    ]);
    expect([...groups.entries()]).toEqual([
      [0, [{ start: 5, end: 15 }]],
      [1, [{ start: 5, end: 15 }]],
      [2, [{ start: 33, end: 34 }]],
    ]);
  });
});
