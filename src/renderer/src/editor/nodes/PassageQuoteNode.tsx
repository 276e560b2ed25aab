import {
  $applyNodeReplacement,
  DecoratorNode,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { JSX } from 'react';
import { PASSAGE_QUOTE_TYPE, type PassageSource } from '../../../../shared/note-content';
import { PassageQuoteView } from './PassageViews';

/** The stored form of a quotation: its words and the snapshot of its source. */
export type SerializedPassageQuoteNode = Spread<{ source: PassageSource }, SerializedLexicalNode>;

/**
 * A quotation of a passage, as a block: the quoted words, then outlet, date and a link that
 * opens the passage. The source is a snapshot, so the quote outlives its document.
 */
export class PassageQuoteNode extends DecoratorNode<JSX.Element> {
  __source: PassageSource;

  static override getType(): string {
    return PASSAGE_QUOTE_TYPE;
  }

  static override clone(node: PassageQuoteNode): PassageQuoteNode {
    return new PassageQuoteNode(node.__source, node.__key);
  }

  static override importJSON(serialized: SerializedPassageQuoteNode): PassageQuoteNode {
    return $createPassageQuoteNode(serialized.source);
  }

  constructor(source: PassageSource, key?: NodeKey) {
    super(key);
    this.__source = source;
  }

  override exportJSON(): SerializedPassageQuoteNode {
    return { type: PASSAGE_QUOTE_TYPE, version: 1, source: this.__source };
  }

  /** The source snapshot. */
  getSource(): PassageSource {
    return this.getLatest().__source;
  }

  /** Replaces the source snapshot (when fuller details arrive). */
  setSource(source: PassageSource): void {
    this.getWritable().__source = source;
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'note-quote-host';
    return element;
  }

  override updateDOM(): false {
    return false;
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
