import type { BlockKind } from '../clean/classify';

/** A paragraph as a format reader found it, before the cleaning rules look at it. */
export interface RawBlock {
  text: string;
  /** Set when the format itself says what the block is (an HTML <figcaption>). */
  kind?: BlockKind;
  /** The PDF page it came from. */
  page?: number;
}
