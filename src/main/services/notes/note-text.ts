import {
  isPassageNode,
  PASSAGE_QUOTE_TYPE,
  walkNodes,
  type SerializedNodeLike,
} from '../../../shared/note-content';
import type { NewNoteLink } from '../../db/repositories/notes.repo';

/** Block node types whose end is a line break in the plain text. */
const blockTypes = new Set([
  'paragraph',
  'heading',
  'quote',
  'listitem',
  'code',
  PASSAGE_QUOTE_TYPE,
]);

/** The words of a note, for full-text search: its text, its quotations and their sources. */
export function noteText(root: SerializedNodeLike): string {
  const parts: string[] = [];
  const visit = (node: SerializedNodeLike) => {
    if (isPassageNode(node)) {
      const { text, outlet, title } = node.source;
      parts.push(` ${text} ${outlet ?? ''} ${title} `);
    } else if (typeof node.text === 'string') parts.push(node.text);
    else if (node.type === 'linebreak') parts.push('\n');
    for (const child of node.children ?? []) visit(child);
    if (blockTypes.has(node.type)) parts.push('\n');
  };
  visit(root);
  return parts
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*/g, '\n')
    .trim();
}

/** The quotations and inline citations of a note, in document order. */
export function noteLinks(root: SerializedNodeLike): NewNoteLink[] {
  const links: NewNoteLink[] = [];
  for (const node of walkNodes(root)) {
    if (!isPassageNode(node)) continue;
    links.push({
      kind: node.type === PASSAGE_QUOTE_TYPE ? 'quote' : 'citation',
      source: node.source,
    });
  }
  return links;
}

/** Hashtags written in a note (`#flood`), which become its tags on export. */
export function noteTags(text: string): string[] {
  const tags = [...text.matchAll(/(?:^|\s)#([\p{L}\p{N}_][\p{L}\p{N}_/-]*)/gu)].map(
    (match) => match[1]!,
  );
  return [...new Set(tags)];
}
