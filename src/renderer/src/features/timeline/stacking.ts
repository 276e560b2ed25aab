/**
 * Lays a lane's chips out without overlap: each chip (its count bubble, then its label) goes
 * in the first row where it starts after the previous chip's end; when every row is taken, the
 * chip goes in the row that frees first and the label before it is shortened to end short of it
 * (or dropped when too little of it would show). Pure, so it is tested without a browser.
 */
export interface ChipInput {
  /** The chip's anchor on the axis (px); the chip starts `offset` px before it. */
  x: number;
  /** The width the full label would take (px), 0 when it has none. */
  labelWidth: number;
}

export interface StackedChip {
  row: number;
  /** The label's room (px): 0 hides it, less than its width truncates it. */
  labelWidth: number;
}

export interface StackOptions {
  rows: number;
  /** Width of the count bubble and its padding (px). */
  bubble: number;
  /** How far left of its anchor a chip starts (px). */
  offset: number;
  /** Space kept between two chips in a row (px). */
  gap: number;
  /** Longest label shown before truncation (px). */
  maxLabel: number;
  /** A label shortened below this is dropped (px). */
  minLabel: number;
}

export const stackDefaults: StackOptions = {
  rows: 4,
  bubble: 32,
  offset: 12,
  gap: 6,
  maxLabel: 220,
  minLabel: 36,
};

export function stackChips(
  chips: readonly ChipInput[],
  options: StackOptions = stackDefaults,
): StackedChip[] {
  const placed: StackedChip[] = chips.map(() => ({ row: 0, labelWidth: 0 }));
  const rowEnd: number[] = Array.from({ length: options.rows }, () => -Infinity);
  const rowLast: (number | null)[] = Array.from({ length: options.rows }, () => null);
  chips.forEach((chip, index) => {
    const left = chip.x - options.offset;
    let row = rowEnd.findIndex((end) => end + options.gap <= left);
    if (row === -1) {
      // Every row is busy here: take the one that frees first and shorten its last label.
      row = rowEnd.indexOf(Math.min(...rowEnd));
      const previous = rowLast[row] ?? null;
      if (previous !== null) {
        const before = placed[previous]!;
        const room = left - options.gap - (chips[previous]!.x - options.offset) - options.bubble;
        before.labelWidth = room >= options.minLabel ? Math.min(before.labelWidth, room) : 0;
      }
    }
    const label = Math.min(chip.labelWidth, options.maxLabel);
    placed[index] = { row, labelWidth: label };
    rowEnd[row] = left + options.bubble + label;
    rowLast[row] = index;
  });
  return placed;
}

/**
 * A time window showing [start, end] with `left` and `right` pixels of margin inside `width`,
 * so the chips at both ends (and their labels, which run rightward) are drawn whole.
 */
export function fitWithMargins(
  [start, end]: [number, number],
  width: number,
  left: number,
  right: number,
): [number, number] {
  const inner = width - left - right;
  if (inner <= 40) return [start, end];
  const perPixel = (end - start) / inner;
  return [start - left * perPixel, end + right * perPixel];
}
