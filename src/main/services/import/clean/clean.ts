import type { FieldSource } from '../../../../shared/domain';
import type { RawBlock } from '../formats/raw-block';
import { classifyBlocks, ends, isNavigationList, words, type ClassifiedBlock } from './classify';
import { outletFromUrl } from './metadata-lines';
import { markProse, type ProseSource } from './prose';
import { MENU_WORDS, fold, foldLabel } from './patterns';

/** A document field's value and where it came from. */
export interface FieldValue {
  value: string;
  source: FieldSource;
  /** The words the value was read from, where it is not written as they are (a dateline). */
  words?: string;
}

/** The document fields an import can fill. */
export interface ArticleFields {
  title?: FieldValue;
  outlet?: FieldValue;
  author?: FieldValue;
  url?: FieldValue;
  publishedAt?: FieldValue;
  language?: FieldValue;
}

/** An article separated from its page: every block with its kind, and the fields found. */
export interface CleanedArticle {
  blocks: ClassifiedBlock[];
  fields: ArticleFields;
}

/** Blocks before the first paragraph this long are the page's head (menus, masthead, title). */
const PARAGRAPH_CHARS = 200;

/**
 * Separates an article from the boilerplate around it. `known` holds fields the format already
 * knows (HTML metadata): they win over what the text says, and a known title marks its block.
 * `prose` names the model that then sets aside what does not read as the article (text
 * scrapes and saved pages; other formats hold only their document).
 */
export function cleanArticle(
  raw: readonly RawBlock[],
  known: ArticleFields = {},
  prose: ProseSource | null = null,
): CleanedArticle {
  const blocks = classifyBlocks(raw, prose !== null);
  const fields: ArticleFields = { ...known };
  const titleIndex = markTitle(blocks, known.title?.value);
  markHead(blocks, titleIndex, fields);
  if (prose) markProse(blocks, prose);
  collectMetadata(blocks, fields);
  if (!fields.title) {
    const title = titleIndex >= 0 ? blocks[titleIndex]!.text : titleFromBody(blocks);
    if (title) fields.title = { value: title, source: 'text' };
  }
  if (!fields.outlet && fields.url) {
    const host = outletFromUrl(fields.url.value);
    if (host) fields.outlet = { value: host, source: fields.url.source };
  }
  return { blocks, fields };
}

function isHeadline(text: string): boolean {
  return (
    words(text) >= 3 &&
    text.length <= 250 &&
    /\p{Ll}/u.test(text) &&
    !/[.:;,]$/.test(text) &&
    !isNavigationList(text)
  );
}

function markTitle(blocks: ClassifiedBlock[], knownTitle: string | undefined): number {
  const head = headEnd(blocks);
  if (knownTitle) {
    const wanted = fold(knownTitle);
    const index = blocks.findIndex((block, position) => {
      if (position > Math.max(head, 12)) return false;
      const folded = fold(block.text);
      // og:title and the page's headline often differ by a trailing kicker or site name.
      const prefix = (a: string, b: string) => a.length > 20 && b.startsWith(a);
      return folded === wanted || prefix(folded, wanted) || prefix(wanted, folded);
    });
    if (index >= 0) blocks[index]!.kind = 'title';
    return index;
  }
  // Section names and mastheads are headline-like too, but a headline says something: the
  // first candidate of five words or more wins, else the longest one.
  const candidates: number[] = [];
  for (let index = 0; index <= head && index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind === 'body' && isHeadline(block.text)) candidates.push(index);
  }
  const chosen =
    candidates.find((index) => words(blocks[index]!.text) >= 5) ??
    candidates.sort((a, b) => blocks[b]!.text.length - blocks[a]!.text.length)[0];
  if (chosen === undefined) return -1;
  blocks[chosen]!.kind = 'title';
  return chosen;
}

function headEnd(blocks: readonly ClassifiedBlock[]): number {
  const index = blocks.findIndex(
    (block) => block.kind === 'body' && block.text.length >= PARAGRAPH_CHARS,
  );
  return index < 0 ? blocks.length - 1 : index;
}

// Short labels before the title are navigation, except the one right above it, which on news
// pages is the masthead (the outlet's name); one or two words between the title and the first
// paragraph are a section label ("France", "Monde").
function markHead(blocks: ClassifiedBlock[], titleIndex: number, fields: ArticleFields): void {
  if (titleIndex < 0) return;
  for (let index = 0; index < titleIndex; index++) {
    const block = blocks[index]!;
    if (block.kind !== 'body' || words(block.text) > 6) continue;
    const masthead =
      words(block.text) <= 4 &&
      block.text.length <= 40 &&
      /^\p{Lu}/u.test(block.text) &&
      !ends(block.text) &&
      !MENU_WORDS.has(foldLabel(block.text)) &&
      blocks.slice(index + 1, titleIndex).every((next) => next.kind !== 'body');
    block.kind = masthead ? 'outlet' : 'menu';
    if (masthead && !fields.outlet) fields.outlet = { value: block.text, source: 'text' };
  }
  const head = headEnd(blocks);
  for (let index = titleIndex + 1; index < head; index++) {
    const block = blocks[index]!;
    if (block.kind === 'body' && words(block.text) <= 2 && !ends(block.text)) block.kind = 'menu';
  }
}

function collectMetadata(blocks: readonly ClassifiedBlock[], fields: ArticleFields): void {
  for (const block of blocks) {
    const line = block.metadata;
    if (!line?.value) continue;
    if (line.field === 'url' || line.field === 'author' || line.field === 'outlet') {
      fields[line.field] ??= { value: line.value, source: 'text' };
    } else if (line.field === 'publishedAt') {
      // The line as written ("Publié le 14 mars 2025 à 08h12"): the evidence quotes it, not
      // the ISO value read from it, which a reader could not find in the page.
      fields.publishedAt ??= { value: line.value, source: 'text', words: block.text.trim() };
    }
  }
}

// With no headline, the article's first sentence names it best, shortened at a word boundary.
function titleFromBody(blocks: readonly ClassifiedBlock[]): string | null {
  const first = blocks.find((block) => block.kind === 'body');
  if (!first) return null;
  const sentence = first.text.match(/^.+?[.!?](?=\s|$)/u)?.[0] ?? first.text;
  if (sentence.length <= 140) return sentence.replace(/\.$/, '');
  return `${sentence.slice(0, 140).replace(/\s+\S*$/, '')}…`;
}

/** The article body: the body blocks, one paragraph each. */
export function bodyText(blocks: readonly { kind: string; text: string }[]): string {
  return blocks
    .filter((block) => block.kind === 'body')
    .map((block) => block.text)
    .join('\n\n');
}
