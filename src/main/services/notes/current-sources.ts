import {
  isPassageNode,
  type PassageSource,
  type SerializedNodeLike,
} from '../../../shared/note-content';

/** A document's bibliographic fields as they stand now (after any correction). */
export type CurrentSource = Pick<
  PassageSource,
  | 'title'
  | 'outlet'
  | 'author'
  | 'publishedAt'
  | 'publishedBasis'
  | 'publishedPrecision'
  | 'publishedEarliest'
  | 'publishedLatest'
  | 'url'
>;

/**
 * A note's Lexical JSON with every citation's source fields replaced by its document's
 * current ones, so a correction reaches the note and its export; citations of documents no
 * longer in the corpus keep their snapshot. Returns the content unchanged when it cannot be read.
 */
export function withCurrentSources(
  content: string,
  lookup: (documentId: number) => CurrentSource | undefined,
): string {
  let parsed: { root?: SerializedNodeLike };
  try {
    parsed = JSON.parse(content) as { root?: SerializedNodeLike };
  } catch {
    return content;
  }
  const visit = (node: SerializedNodeLike) => {
    if (isPassageNode(node)) {
      const current = lookup(node.source.documentId);
      if (current) node.source = { ...node.source, ...current };
    }
    node.children?.forEach(visit);
  };
  if (parsed?.root) visit(parsed.root);
  return JSON.stringify(parsed);
}
