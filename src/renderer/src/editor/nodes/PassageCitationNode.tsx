import {
  $applyNodeReplacement,
  DecoratorNode,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { JSX } from 'react';
import { PASSAGE_CITATION_TYPE, type PassageSource } from '../../../../shared/note-content';
import { PassageCitationView } from './PassageViews';

/** The stored form of an inline citation. */
export type SerializedPassageCitationNode = Spread<
  { source: PassageSource },
  SerializedLexicalNode
>;

/** An inline citation of a passage: a small "outlet, date" chip that opens the passage. */
export class PassageCitationNode extends DecoratorNode<JSX.Element> {
  __source: PassageSource;

  static override getType(): string {
    return PASSAGE_CITATION_TYPE;
  }

  static override clone(node: PassageCitationNode): PassageCitationNode {
    return new PassageCitationNode(node.__source, node.__key);
  }

  static override importJSON(serialized: SerializedPassageCitationNode): PassageCitationNode {
    return $createPassageCitationNode(serialized.source);
  }

  constructor(source: PassageSource, key?: NodeKey) {
    super(key);
    this.__source = source;
  }

  override exportJSON(): SerializedPassageCitationNode {
    return { type: PASSAGE_CITATION_TYPE, version: 1, source: this.__source };
  }

  /** Replaces the source snapshot (when fuller details arrive). */
  setSource(source: PassageSource): void {
    this.getWritable().__source = source;
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('span');
    element.className = 'note-citation-host';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return `[${this.__source.outlet ?? this.__source.title}]`;
  }

  override decorate(): JSX.Element {
    return <PassageCitationView source={this.__source} />;
  }
}

/** Creates an inline citation node. */
export function $createPassageCitationNode(source: PassageSource): PassageCitationNode {
  return $applyNodeReplacement(new PassageCitationNode(source));
}

/** Whether a node is an inline citation node. */
export function $isPassageCitationNode(
  node: LexicalNode | null | undefined,
): node is PassageCitationNode {
  return node instanceof PassageCitationNode;
}
