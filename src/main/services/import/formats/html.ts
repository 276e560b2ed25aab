import { RecoupeError } from '../../../../shared/result';
import type { ArticleFields } from '../clean/clean';
import { parseDocument, type DomElement } from './dom';
import type { RawBlock } from './raw-block';
import { readHtmlMetadata, titleFromPage } from './html-metadata';
import { pageBlocks } from './html-blocks';

const BLOCK_SELECTOR = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, dt, dd, td';

/** What a saved page gives the import: its article's paragraphs and its metadata. */
export interface HtmlArticle {
  blocks: RawBlock[];
  known: ArticleFields;
  hintLanguage?: string;
}

/**
 * Reads a saved web page. linkedom builds the DOM without running anything (it has no script
 * engine, so <script>, inline handlers, iframes and javascript: links stay inert data), the
 * metadata is read, then one walk of the tree reads every block with where it stands, the
 * article container Readability's scoring would pick among them, and the byline.
 * Only text leaves this function: no markup from the page ever reaches the renderer.
 */
export function readHtml(html: string, fileName = 'page.html'): HtmlArticle {
  assertNestingDepth(html, fileName);
  const document = parseDocument(html);
  const { hintLanguage, ...known } = readHtmlMetadata(document);
  // The whole document, not document.body: on broken markup (no <html> or <body> tag, nested
  // <html> from conditional comments, a stray <body> in the head) linkedom's body can be an
  // empty element while the page's text sits elsewhere in the tree. Scripts, styles and
  // templates are never walked into (html-blocks.ts), so they need not be removed first.
  const page = pageBlocks(document as unknown as Parameters<typeof pageBlocks>[0]);
  let blocks = page.blocks;
  if (page.byline && !known.author) {
    known.author = { value: page.byline.replace(/^(by|par)\s+/i, '').trim(), source: 'text' };
  }
  // The <title> without the " - Site name" most pages append to it.
  const pageTitle = titleFromPage(document);
  if (pageTitle && !known.title) known.title = { value: pageTitle, source: 'metadata' };
  // Put the headline first when the page's blocks do not hold it, so the cleaner marks it as the
  // title rather than losing it.
  const title = known.title?.value;
  if (title && !blocks.some((block) => block.text === title)) {
    blocks = [{ text: title }, ...blocks];
  }
  return { blocks, known, hintLanguage };
}

/** Deeper than any real article; the parser and the walk slow down with depth. */
export const MAX_NESTING_DEPTH = 1000;

// Void elements never nest; elements whose end tag HTML lets pages leave out (a <p> or <li>
// closed by the next one) are not counted either, or a long list of unclosed items would count
// as deep nesting.
const VOID_ELEMENTS = new Set(
  (
    'area base br col embed hr img input link meta param source track wbr ' +
    'p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rt rp'
  ).split(' '),
);

/**
 * Refuses a page whose elements nest deeper than MAX_NESTING_DEPTH, counted by one linear scan
 * of its tags before any parsing: 100,000 nested <div>s would otherwise hold the import for
 * minutes. The count is approximate (tags left open by HTML's rules count as open), which only
 * makes it stricter on pages no one writes by hand.
 */
function assertNestingDepth(html: string, fileName: string): void {
  let depth = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(
    /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g,
  )) {
    if (VOID_ELEMENTS.has(name!.toLowerCase())) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing) depth++;
    if (depth > MAX_NESTING_DEPTH) {
      throw new RecoupeError(
        'too-large',
        `${fileName} nests its elements more than ${MAX_NESTING_DEPTH} deep, more than any article page; it is refused rather than read.`,
      );
    }
  }
}

/** The text of each paragraph-like element under root, in document order. */
export function textBlocks(root: DomElement): RawBlock[] {
  const blocks: RawBlock[] = [];
  const elements = [...root.querySelectorAll(BLOCK_SELECTOR)];
  for (const element of elements) {
    // A list item holding paragraphs is read through those paragraphs, not twice.
    if (element.querySelector(BLOCK_SELECTOR)) continue;
    const text = (element.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
    if (!text) continue;
    const caption = element.tagName.toLowerCase() === 'figcaption';
    blocks.push(caption ? { text, kind: 'caption' } : { text });
  }
  if (blocks.length === 0) {
    const text = (root.textContent ?? '').trim();
    for (const line of text.split(/\n\s*\n|\n/)) {
      const trimmed = line.replace(/[ \t\r\n]+/g, ' ').trim();
      if (trimmed) blocks.push({ text: trimmed });
    }
  }
  return blocks;
}
