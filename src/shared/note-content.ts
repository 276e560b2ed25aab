import type { DateBasis, DatePrecision } from './attribution';

/**
 * The parts of a note's Lexical JSON that main reads too (exporter, citation index): the
 * custom node types and the source snapshot they carry. Plain data, no Lexical import, so
 * main and the CLI never load the editor.
 */

/** Lexical type name of the block quotation node. */
export const PASSAGE_QUOTE_TYPE = 'passage-quote';
/** Lexical type name of the inline citation node. */
export const PASSAGE_CITATION_TYPE = 'passage-citation';

/**
 * What a citation knows about its passage and source, copied when it is inserted so that it
 * survives the source's deletion.
 */
export interface PassageSource {
  passageId: number;
  documentId: number;
  ordinal: number;
  /** The quoted words: the whole passage, or the part the user selected. */
  text: string;
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  /** How the publish date is known (an estimate is written as one). */
  publishedBasis?: DateBasis | null;
  /**
   * The estimate's range, so an open-ended one reads "or later" (see isOpenEndedEstimate);
   * absent from citations saved before it was carried.
   */
  publishedPrecision?: DatePrecision | null;
  publishedEarliest?: string | null;
  publishedLatest?: string | null;
  url: string | null;
  /** Set when the quotation came from a highlight. */
  highlightId?: number | null;
  /** The highlight's comment, exported when asked. */
  comment?: string | null;
}

/** A serialized citation node, block or inline. */
export interface SerializedPassageNode {
  type: typeof PASSAGE_QUOTE_TYPE | typeof PASSAGE_CITATION_TYPE;
  version: 1;
  source: PassageSource;
}

/** Any serialized Lexical node, as far as readers of the JSON need to know. */
export interface SerializedNodeLike {
  type: string;
  children?: SerializedNodeLike[];
  [key: string]: unknown;
}

/** Whether a serialized node is one of the citation nodes. */
export function isPassageNode(
  node: SerializedNodeLike,
): node is SerializedNodeLike & SerializedPassageNode {
  return (
    (node.type === PASSAGE_QUOTE_TYPE || node.type === PASSAGE_CITATION_TYPE) &&
    typeof node.source === 'object' &&
    node.source !== null
  );
}

/** Parses a note's stored JSON into its root node, or an empty root when it is not valid. */
export function parseNoteContent(content: string): SerializedNodeLike {
  try {
    const parsed = JSON.parse(content) as { root?: SerializedNodeLike };
    if (parsed?.root && Array.isArray(parsed.root.children)) return parsed.root;
  } catch {
    // A note whose JSON cannot be read still opens, empty, rather than failing.
  }
  return { type: 'root', children: [] };
}

/** Every node of the tree, depth first, in document order. */
export function* walkNodes(node: SerializedNodeLike): Generator<SerializedNodeLike> {
  yield node;
  for (const child of node.children ?? []) yield* walkNodes(child);
}

/** An empty Lexical document, for new notes. */
export const EMPTY_NOTE_CONTENT = JSON.stringify({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [],
      },
    ],
  },
});
