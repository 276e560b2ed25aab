import {
  $createParagraphNode,
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import type { PassageSource } from '../../../shared/note-content';
import { api } from '../lib/api';
import { $createPassageCitationNode } from './nodes/PassageCitationNode';
import { PassageNode } from './nodes/PassageNode';
import { $createPassageQuoteNode, $isPassageQuoteNode } from './nodes/PassageQuoteNode';

/** The top-level block under a screen point, for dropping a quotation next to it. */
export function $blockAtPoint(x: number, y: number): LexicalNode | null {
  const range = document.caretRangeFromPoint?.(x, y);
  const node = range ? $getNearestNodeFromDOMNode(range.startContainer) : null;
  if (!node || node === $getRoot()) return null;
  return node.getTopLevelElement() ?? null;
}

/** The block the caret is in, if the note has a caret. */
function $blockAtSelection(): LexicalNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const node = selection.anchor.getNode();
  return node === $getRoot() ? null : (node.getTopLevelElement() ?? null);
}

/**
 * Inserts a quotation as a block after `after` (or after the caret's block, or at the end),
 * replacing an empty paragraph, and keeps a paragraph after it to go on writing.
 */
export function $insertPassageQuote(source: PassageSource, after?: LexicalNode | null): string {
  const quote = $createPassageQuoteNode(source);
  const anchor = after ?? $blockAtSelection();
  if (anchor && $isParagraphNode(anchor) && anchor.getTextContentSize() === 0) {
    anchor.replace(quote);
  } else if (anchor) {
    anchor.insertAfter(quote);
  } else {
    $getRoot().append(quote);
  }
  const next = quote.getNextSibling();
  if (!next || $isPassageQuoteNode(next)) {
    const paragraph = $createParagraphNode();
    quote.insertAfter(paragraph);
    paragraph.select();
  } else if ($isElementNode(next)) next.selectStart();
  return quote.getKey();
}

/** Inserts an inline citation at the caret (or in a new paragraph at the end). */
export function $insertPassageCitation(source: PassageSource): string {
  const citation = $createPassageCitationNode(source);
  const selection = $getSelection();
  if ($isRangeSelection(selection)) {
    selection.insertNodes([citation]);
  } else {
    $getRoot().append($createParagraphNode().append(citation));
  }
  return citation.getKey();
}

/**
 * Fills in what a partial source lacks (author, URL) from the corpus, keeping the quoted
 * words, once the node is already in the note (so typing never waits for the answer). The
 * change merges into the insertion's undo step.
 */
export async function completeSource(
  editor: LexicalEditor,
  nodeKey: string,
  partial: PassageSource,
): Promise<void> {
  const result = await api.invoke('notes:passageSource', { passageId: partial.passageId });
  if (!result.ok) return;
  editor.update(
    () => {
      const node = $getNodeByKey(nodeKey);
      if (node instanceof PassageNode) node.setSource({ ...result.value, text: partial.text });
    },
    { tag: 'history-merge' },
  );
}
