/**
 * Inline Markdown from Lexical text runs. Written by hand because no library converts
 * Lexical's serialized JSON without a DOM and a live editor (@lexical/markdown needs one and
 * knows nothing of Recoupe's citation nodes).
 */

/** ASCII punctuation that can start Markdown syntax anywhere in a line, in CommonMark or pandoc. */
const inlineSpecial = /[\\`*_[\]<>&|~^$@]/g;

/** Escapes a run of plain text so every character reads literally. */
export function escapeText(text: string): string {
  return text.replace(inlineSpecial, '\\$&');
}

/**
 * Escapes what only means something at the start of a line (headings, quotes, list markers,
 * setext underlines, definition lists) and drops leading spaces that would make a code block.
 */
export function escapeLineStarts(block: string): string {
  return block
    .split('\n')
    .map((line) =>
      line
        .replace(/^[ \t]+/, '')
        .replace(/[ \t]+$/, '')
        .replace(/^([#>+=:-])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

/** Lexical's text format bits, and how each is written (innermost last). */
const formats = [
  { bit: 1, open: '**', close: '**' },
  { bit: 2, open: '*', close: '*' },
  { bit: 4, open: '<s>', close: '</s>' },
  { bit: 8, open: '<u>', close: '</u>' },
  { bit: 128, open: '<mark>', close: '</mark>' },
  { bit: 32, open: '<sub>', close: '</sub>' },
  { bit: 64, open: '<sup>', close: '</sup>' },
] as const;
const CODE_BIT = 16;

type Format = (typeof formats)[number];

/** A code span whose fence is longer than any backtick run inside it. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A run of inline content: formatted text, or already-written Markdown (links, footnotes). */
export type InlinePiece = { text: string; format: number } | { markdown: string };

/**
 * Writes inline pieces, opening and closing emphasis markers as the format changes. Whitespace
 * (including the non-breaking spaces of French typography) is moved outside the markers,
 * because CommonMark does not close `**` after a space.
 */
export function writeInline(pieces: readonly InlinePiece[]): string {
  let output = '';
  const open: Format[] = [];
  const closeDownTo = (depth: number) => {
    const trailing = /\s*$/u.exec(output)![0];
    output = output.slice(0, output.length - trailing.length);
    while (open.length > depth) output += open.pop()!.close;
    output += trailing;
  };
  for (const piece of pieces) {
    if ('markdown' in piece) {
      output += piece.markdown;
      continue;
    }
    if (piece.text === '') continue;
    const wanted = formats.filter((format) => piece.format & format.bit);
    if (piece.text.trim() === '' && !(piece.format & CODE_BIT)) {
      output += piece.text;
      continue;
    }
    // Keep markers already open when this run still wants them, so nesting stays valid.
    let common = 0;
    while (common < open.length && wanted.includes(open[common]!)) common++;
    closeDownTo(common);
    const toOpen = wanted.filter((format) => !open.includes(format));
    const leading = /^\s*/u.exec(piece.text)![0];
    const trailing = /\s*$/u.exec(piece.text)![0];
    const core = piece.text.slice(leading.length, piece.text.length - trailing.length);
    output += leading;
    for (const format of toOpen) {
      output += format.open;
      open.push(format);
    }
    output += piece.format & CODE_BIT ? codeSpan(core) : escapeText(core);
    output += trailing;
  }
  closeDownTo(0);
  return output;
}

/** A link destination that survives spaces, parentheses and angle brackets in the URL. */
export function linkDestination(url: string): string {
  return url.replace(
    /[\s()<>\\]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** A URL written so it is visible and clickable: an autolink when it is a plain web address. */
export function visibleUrl(url: string): string {
  return /^[a-z][a-z0-9+.-]{1,31}:[^\s<>]*$/i.test(url) ? `<${url}>` : escapeText(url);
}
