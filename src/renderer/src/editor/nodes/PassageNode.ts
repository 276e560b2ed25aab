import { DecoratorNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import type { JSX } from 'react';
import type { PassageSource } from '../../../../shared/note-content';

/** The stored form of a quotation or citation: the snapshot of its source. */
export type SerializedPassageNode = Spread<{ source: PassageSource }, SerializedLexicalNode>;

/**
 * What quotations and inline citations share: a source snapshot (so they outlive their
 * document), its JSON form, and a DOM host that React decorates.
 */
export abstract class PassageNode extends DecoratorNode<JSX.Element> {
  __source: PassageSource;

  constructor(source: PassageSource, key?: NodeKey) {
    super(key);
    this.__source = source;
  }

  override exportJSON(): SerializedPassageNode {
    return { type: this.getType(), version: 1, source: this.__source };
  }

  /** The source snapshot. */
  getSource(): PassageSource {
    return this.getLatest().__source;
  }

  /** Replaces the source snapshot (when fuller details arrive). */
  setSource(source: PassageSource): void {
    this.getWritable().__source = source;
  }

  override updateDOM(): false {
    return false;
  }
}
