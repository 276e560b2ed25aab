import { $applyNodeReplacement, type LexicalNode } from 'lexical';
import type { JSX } from 'react';
import { PASSAGE_QUOTE_TYPE, type PassageSource } from '../../../../shared/note-content';
import { PassageNode, type SerializedPassageNode } from './PassageNode';
import { PassageQuoteView } from './PassageViews';

/**
 * A quotation of a passage, as a block: the quoted words, then outlet, date and a link that
 * opens the passage.
 */
export class PassageQuoteNode extends PassageNode {
  static override getType(): string {
    return PASSAGE_QUOTE_TYPE;
  }

  static override clone(node: PassageQuoteNode): PassageQuoteNode {
    return new PassageQuoteNode(node.__source, node.__key);
  }

  static override importJSON(serialized: SerializedPassageNode): PassageQuoteNode {
    return $createPassageQuoteNode(serialized.source);
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'note-quote-host';
    return element;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return `“${this.__source.text}”\n\n`;
  }

  override decorate(): JSX.Element {
    return <PassageQuoteView source={this.__source} nodeKey={this.__key} />;
  }
}

/** Creates a quotation node. */
export function $createPassageQuoteNode(source: PassageSource): PassageQuoteNode {
  return $applyNodeReplacement(new PassageQuoteNode(source));
}

/** Whether a node is a quotation node. */
export function $isPassageQuoteNode(
  node: LexicalNode | null | undefined,
): node is PassageQuoteNode {
  return node instanceof PassageQuoteNode;
}
