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
  /** The blocks cut from one scraped line that had lost its paragraph breaks share a number. */
  gluedLine?: number;
}

/** Where a saved page's block stands: furniture, the article's container, the scored pick. */
export interface DomPlace {
  furniture: boolean;
  article: boolean;
  heading: boolean;
  listItem: boolean;
  /** In the container Readability's scoring picks (html-candidate.ts). */
  picked?: boolean;
  /** Inside a <p>. */
  paragraph?: boolean;
  /** Inside a comment section or a list of other articles, by class or id. */
  comments?: boolean;
  related?: boolean;
  /**
   * The element holding the block's element, and the one above it (numbers unique within the
   * page): an article's paragraphs share them, so a block among them reads as article text.
   */
  container?: number;
  section?: number;
}
