import type { Passage } from '../../../../shared/domain';
import type { MarkRange } from './segments';

/** Index of the passage holding `offset` (or the last one starting before it). */
export function passageIndexAt(passages: readonly Passage[], offset: number): number {
  let low = 0;
  let high = passages.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (passages[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Ranges grouped by the passages they touch (one range may touch several). */
export function rangesByPassage<T extends MarkRange>(
  passages: readonly Passage[],
  ranges: readonly T[],
): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  if (passages.length === 0) return groups;
  for (const range of ranges) {
    const last = passageIndexAt(passages, Math.max(range.start, range.end - 1));
    for (let index = passageIndexAt(passages, range.start); index <= last; index++) {
      const passage = passages[index]!;
      if (range.end <= passage.start || range.start >= passage.end) continue;
      const group = groups.get(index) ?? [];
      group.push(range);
      groups.set(index, group);
    }
  }
  return groups;
}
