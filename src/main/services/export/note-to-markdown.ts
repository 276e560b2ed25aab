import {
  isPassageNode,
  parseNoteContent,
  type PassageSource,
  type SerializedNodeLike,
} from '../../../shared/note-content';
import type { ExportOptions } from '../../../shared/notes-domain';
import { citationLine, quotedWords, sourceKey, sourceReference } from './citation-markdown';
import { exportWords, type ExportWords } from './export-words';
import {
  escapeLineStarts,
  escapeText,
  linkDestination,
  writeInline,
  type InlinePiece,
} from './markdown-text';

/** What the converter needs to know about a note. */
export interface NoteForExport {
  title: string;
  createdAt: string;
  updatedAt: string;
  /** The serialized Lexical editor state. */
  content: string;
  /** Written to the front matter; the notes feature finds them (hashtags) so export stays a leaf. */
  tags: readonly string[];
}

/** Passages whose documents are gone, so their citations say so. */
export interface ExportContext extends ExportOptions {
  missingPassageIds?: ReadonlySet<number>;
}

interface State {
  options: ExportContext;
  words: ExportWords;
  footnotes: string[];
  sources: Map<string, PassageSource>;
}

const yamlString = (value: string) => JSON.stringify(value);

/** YAML front matter; JSON strings are valid YAML double-quoted scalars, so no YAML library. */
function frontMatter(note: NoteForExport): string {
  return [
    '---',
    `title: ${yamlString(note.title)}`,
    `created: ${yamlString(note.createdAt)}`,
    `updated: ${yamlString(note.updatedAt)}`,
    `tags: [${note.tags.map(yamlString).join(', ')}]`,
    '---',
  ].join('\n');
}

const isGone = (state: State, source: PassageSource) =>
  state.options.missingPassageIds?.has(source.passageId) ?? false;

function remember(state: State, source: PassageSource): void {
  const key = sourceKey(source);
  if (!state.sources.has(key)) state.sources.set(key, source);
}

function inlinePieces(nodes: readonly SerializedNodeLike[], state: State): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  for (const node of nodes) {
    if (isPassageNode(node)) {
      remember(state, node.source);
      const gone = isGone(state, node.source) ? ` ${state.words.sourceGone}` : '';
      const quote = state.words.quoted(quotedWords(node.source.text).join(' '));
      state.footnotes.push(`${quote} — ${sourceReference(node.source, state.options)}${gone}`);
      pieces.push({ markdown: `[^${state.footnotes.length}]` });
    } else if (node.type === 'text' || node.type === 'code-highlight') {
      const format = typeof node.format === 'number' ? node.format : 0;
      String(node.text ?? '')
        .split('\n')
        .forEach((line, index) => {
          if (index > 0) pieces.push({ markdown: '\\\n' });
          pieces.push({ text: line, format });
        });
    } else if (node.type === 'linebreak') pieces.push({ markdown: '\\\n' });
    else if (node.type === 'tab') pieces.push({ text: ' ', format: 0 });
    else if (node.type === 'link' || node.type === 'autolink') {
      const label = writeInline(inlinePieces(node.children ?? [], state));
      pieces.push({ markdown: `[${label}](${linkDestination(String(node.url ?? ''))})` });
    } else if (node.children) pieces.push({ markdown: inline(node.children, state) });
  }
  return pieces;
}

function inline(nodes: readonly SerializedNodeLike[], state: State): string {
  return escapeLineStarts(writeInline(inlinePieces(nodes, state)));
}

const prefixLines = (text: string, first: string, rest: string) =>
  text
    .split('\n')
    .map((line, index) =>
      line === '' ? (index === 0 ? first : rest).trimEnd() : (index === 0 ? first : rest) + line,
    )
    .join('\n');

function listBlock(list: SerializedNodeLike, state: State): string {
  const items: string[] = [];
  let number = typeof list.start === 'number' ? list.start : 1;
  let indent = '  ';
  for (const item of list.children ?? []) {
    const nested = (item.children ?? []).filter((child) => child.type === 'list');
    const content = (item.children ?? []).filter((child) => child.type !== 'list');
    const nestedText = nested.map((child) => listBlock(child, state)).join('\n');
    if (content.length === 0 && nestedText && items.length > 0) {
      items[items.length - 1] += `\n${prefixLines(nestedText, indent, indent)}`;
      continue;
    }
    const bullet = list.listType === 'number' ? `${number++}.` : '-';
    const box = list.listType === 'check' ? `[${item.checked ? 'x' : ' '}] ` : '';
    indent = ' '.repeat(bullet.length + 1);
    const text = `${box}${inline(content, state)}${nestedText ? `\n${nestedText}` : ''}`;
    items.push(prefixLines(text, `${bullet} `, indent));
  }
  return items.join('\n');
}

function codeBlock(node: SerializedNodeLike): string {
  const text = (node.children ?? [])
    .map((child) =>
      child.type === 'linebreak' ? '\n' : child.type === 'tab' ? '\t' : String(child.text ?? ''),
    )
    .join('');
  const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const language = typeof node.language === 'string' ? node.language.replace(/[^\w+-]/g, '') : '';
  return `${fence}${language}\n${text}\n${fence}`;
}

function passageQuote(source: PassageSource, state: State): string {
  remember(state, source);
  const quote = prefixLines(quotedWords(source.text).join('\n\n'), '> ', '> ');
  const parts = [quote, citationLine(source, state.options, isGone(state, source))];
  if (state.options.includeComments && source.comment?.trim()) {
    const comment = escapeLineStarts(escapeText(source.comment.trim()));
    parts.push(`*${state.words.comment}* ${comment}`);
  }
  return parts.join('\n\n');
}

function block(node: SerializedNodeLike, state: State): string {
  if (isPassageNode(node)) return passageQuote(node.source, state);
  switch (node.type) {
    case 'heading': {
      const level = Number(/^h([1-6])$/.exec(String(node.tag))?.[1] ?? 2);
      const text = inline(node.children ?? [], state);
      return text ? `${'#'.repeat(level)} ${text}` : '';
    }
    case 'quote':
      return prefixLines(inline(node.children ?? [], state), '> ', '> ');
    case 'list':
      return listBlock(node, state);
    case 'code':
      return codeBlock(node);
    case 'horizontalrule':
      return '***';
    default:
      return node.children ? inline(node.children, state) : '';
  }
}

/**
 * Converts a note's serialized Lexical JSON to CommonMark with YAML front matter: quotations
 * become block quotes followed by their citation line, inline citations become footnotes,
 * and a "Sources" section lists every cited article once. The words it adds (headings,
 * labels, dates) follow `options.language`; front matter keys never change.
 */
export function noteToMarkdown(note: NoteForExport, options: ExportContext): string {
  const root = parseNoteContent(note.content);
  const words = exportWords(options.language);
  const state: State = { options, words, footnotes: [], sources: new Map() };
  const blocks = (root.children ?? [])
    .map((node) => block(node, state))
    .filter((text) => text.trim());
  const footnotes = state.footnotes.map((text, index) => `[^${index + 1}]: ${text}`);
  const sources = [...state.sources.values()].map(
    (source) =>
      `- ${sourceReference(source, options)}${isGone(state, source) ? ` ${words.sourceGone}` : ''}`,
  );
  const sections = [frontMatter(note), ...blocks];
  if (footnotes.length > 0) sections.push(footnotes.join('\n\n'));
  if (sources.length > 0) sections.push(`## ${words.sources}\n\n${sources.join('\n')}`);
  return `${sections.join('\n\n')}\n`;
}
