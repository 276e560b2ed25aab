import { $applyNodeReplacement } from 'lexical';
import type { JSX } from 'react';
import { PASSAGE_CITATION_TYPE, type PassageSource } from '../../../../shared/note-content';
import { PassageNode, type SerializedPassageNode } from './PassageNode';
import { PassageCitationView } from './PassageViews';

/** An inline citation of a passage: a small "outlet · date" chip that opens the passage. */
export class PassageCitationNode extends PassageNode {
  static override getType(): string {
    return PASSAGE_CITATION_TYPE;
  }

  static override clone(node: PassageCitationNode): PassageCitationNode {
    return new PassageCitationNode(node.__source, node.__key);
  }

  static override importJSON(serialized: SerializedPassageNode): PassageCitationNode {
    return $createPassageCitationNode(serialized.source);
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('span');
    element.className = 'note-citation-host';
    return element;
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
