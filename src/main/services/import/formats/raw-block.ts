import type { BlockKind } from '../clean/classify';

/** A paragraph as a format reader found it, before the cleaning rules look at it. */
export interface RawBlock {
  text: string;
  /** Set when the format itself says what the block is (an HTML <figcaption>). */
  kind?: BlockKind;
  /** The PDF page it came from. */
  page?: number;
  /** The share of its characters inside links, where the page says (HTML). */
  linkDensity?: number;
  /** Where a saved page's block stands in the page (see html-blocks.ts). */
  dom?: DomPlace;
}

/** Where a saved page's block stands: furniture, the article's container, Readability's pick. */
export interface DomPlace {
  furniture: boolean;
  article: boolean;
  heading: boolean;
  listItem: boolean;
  picked?: boolean;
}
