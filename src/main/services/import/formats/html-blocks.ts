import type { RawBlock } from './raw-block';
import {
  isUnlikelyCandidate,
  pickedBlocks,
  type CandidateBlock,
  type CandidateElement,
} from './html-candidate';

/**
 * Elements whose content a reader never sees. <head> is not one of them: its own children are
 * (title, meta, script, style), and on pages whose markup opens no <html> or <body> the parser
 * puts the whole page inside it, where a browser would still show it.
 */
const INVISIBLE = new Set(
  'script style noscript template svg iframe object embed canvas select textarea title meta link base button'.split(
    ' ',
  ),
);

/** Elements that start a new block of text where a browser would (block boxes, cells, breaks). */
const BLOCK = new Set(
  (
    'address article aside blockquote body br caption center dd details dialog div dl dt ' +
    'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html label legend li ' +
    'main menu nav ol option p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/** Page furniture by element: navigation, footers, side columns, forms. */
const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'header', 'menu']);

/**
 * Page furniture by the names sites give it in class and id attributes, the words publishing
 * systems use everywhere (WordPress, Drupal, news CMSs): menus, comments, share bars, related
 * articles, newsletters, cookie banners, bylines and dates.
 */
const FURNITURE_NAMES =
  /(^|[-_\s])(nav|navbar|navigation|menu|footer|sidebar|widget|breadcrumbs?|comments?|comment-list|respond|replies|share|sharing|social|related|recommended|teaser|teasers|promo|newsletter|subscribe|signup|cookies?|consent|banner|ads?|advert\w*|sponsored|popup|modal|tags?|tagcloud|byline|author|meta|date|dateline|timestamp|pagination|pager|rating|toolbar|masthead|header|skip|login|disqus|outbrain|taboola)([-_\s]|$)/i;

/** Comment sections and lists of other articles, which furniture alone does not tell apart. */
const COMMENT_NAMES = /(comment|respond|replies|reply|disqus|discussion|leserbrief|kommentar)/i;
const RELATED_NAMES =
  /(related|recommend|teaser|more[-_]?(articles|stories|news)|read[-_]?more|also|popular|trending|most[-_]?read|weitere|similar)/i;

/** The article's own container, by element, microdata or the names sites give it. */
const ARTICLE_NAMES =
  /(article[-_]?(body|content|text)|entry[-_]?content|post[-_]?(body|content|text|entry)|story[-_]?(body|content|text)|body[-_]?text|main[-_]?content|articlebody|rich[-_]?text|text[-_]?content|single[-_]?content)/i;

interface WalkNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<WalkNode>;
  getAttribute?(name: string): string | null;
  querySelector?(selector: string): WalkNode | null;
}

function isHidden(element: WalkNode): boolean {
  const attribute = (name: string) => element.getAttribute?.(name) ?? null;
  if (attribute('hidden') !== null || attribute('aria-hidden') === 'true') return true;
  const style = (attribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** Where Readability looks for a byline: rel=author, itemprop author, or by class and id. */
const BYLINE_NAMES = /byline|author|dateline|writtenby|p-author/i;

/** A page read block by block, and the byline it shows where it names one. */
export interface PageText {
  blocks: RawBlock[];
  byline?: string;
}

/**
 * Every visible block of text under root in page order, each with where it stands: the share of
 * its characters inside links, whether it sits in page furniture (navigation, footer, comments,
 * share bar… by element or by class and id), in the article's own container, or in the
 * container Readability's scoring picks (html-candidate.ts), and whether it is a heading or a
 * list item. Text outside paragraph elements is kept too (a <div> of text, a line after a
 * <br>), which Readability's paragraphs alone would lose. One walk of the tree does it all.
 */
export function pageBlocks(root: WalkNode): PageText {
  const blocks: RawBlock[] = [];
  const elements: CandidateElement[] = [
    { parent: 0, tag: '', className: '', id: '', text: 0, linked: 0 },
  ];
  const candidates: CandidateBlock[] = [];
  let unlikely = 0;
  let byline: string | undefined;
  let fallbackByline: string | undefined;
  let text = '';
  let linked = 0;
  let furniture = 0;
  let article = 0;
  let heading = 0;
  let item = 0;
  let links = 0;
  let caption = 0;
  let paragraph = 0;
  let comments = 0;
  let related = 0;
  // The block-level elements open around the text, by number, innermost last.
  const open: number[] = [0];
  let numbered = 0;
  const flush = () => {
    const line = text.replace(/[\s\u00a0]+/g, ' ').trim();
    if (line) {
      for (const number of open) {
        elements[number]!.text += line.length;
        elements[number]!.linked += Math.min(linked, line.length);
      }
      candidates.push({ chain: open.slice(), text: line, unlikely: unlikely > 0 });
      blocks.push({
        text: line,
        ...(caption > 0 ? { kind: 'caption' as const } : {}),
        linkDensity: Math.min(1, linked / line.length),
        dom: {
          furniture: furniture > 0,
          article: article > 0,
          heading: heading > 0,
          listItem: item > 0,
          paragraph: paragraph > 0,
          comments: comments > 0,
          related: related > 0,
          container: open.at(-2) ?? 0,
          section: open.at(-3) ?? 0,
        },
      });
    }
    text = '';
    linked = 0;
  };
  const walk = (node: WalkNode) => {
    if (node.nodeType === 3) {
      const value = node.textContent ?? '';
      text += value;
      if (links > 0) linked += value.replace(/\s+/g, ' ').trim().length;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9) return;
    const name = node.nodeName.toLowerCase();
    if (INVISIBLE.has(name) || (node.nodeType === 1 && isHidden(node))) return;
    const className = node.getAttribute?.('class') ?? '';
    const id = node.getAttribute?.('id') ?? '';
    const names = `${className} ${id}`;
    const isFurniture = FURNITURE_TAGS.has(name) || FURNITURE_NAMES.test(names);
    const isArticle =
      name === 'article' ||
      name === 'main' ||
      node.getAttribute?.('itemprop') === 'articleBody' ||
      ARTICLE_NAMES.test(names);
    const isHeading = /^h[1-6]$/.test(name);
    const isLink = name === 'a';
    const isComments = COMMENT_NAMES.test(names);
    const isRelated = RELATED_NAMES.test(names);
    const block = BLOCK.has(name);
    if (block) {
      flush();
      elements.push({ parent: open.at(-1)!, tag: name, className, id, text: 0, linked: 0 });
      open.push(++numbered);
    }
    // Readability takes the first byline outside the parts it drops (menus, headers, comments),
    // and one inside them (a post's <header>) when it reads the page again for too little
    // text; never a commenter's name.
    if (byline === undefined && node.nodeType === 1 && isByline(node, names)) {
      const found = ((node.querySelector?.('[itemprop*="name"]') ?? node).textContent ?? '').trim();
      if (found && unlikely === 0) byline = found;
      else if (found && comments === 0 && !isComments) fallbackByline ??= found;
    }
    const isUnlikely = isUnlikelyCandidate(name, names, node.getAttribute?.('role') ?? null);
    unlikely += isUnlikely ? 1 : 0;
    paragraph += name === 'p' ? 1 : 0;
    comments += isComments ? 1 : 0;
    related += isRelated ? 1 : 0;
    furniture += isFurniture ? 1 : 0;
    article += isArticle ? 1 : 0;
    heading += isHeading ? 1 : 0;
    item += name === 'li' ? 1 : 0;
    links += isLink ? 1 : 0;
    caption += name === 'figcaption' ? 1 : 0;
    const children = node.childNodes;
    for (let index = 0; index < children.length; index++) walk(children[index]!);
    if (block) {
      flush();
      open.pop();
    }
    unlikely -= isUnlikely ? 1 : 0;
    paragraph -= name === 'p' ? 1 : 0;
    comments -= isComments ? 1 : 0;
    related -= isRelated ? 1 : 0;
    furniture -= isFurniture ? 1 : 0;
    article -= isArticle ? 1 : 0;
    heading -= isHeading ? 1 : 0;
    item -= name === 'li' ? 1 : 0;
    links -= isLink ? 1 : 0;
    caption -= name === 'figcaption' ? 1 : 0;
  };
  walk(root);
  flush();
  const picked = pickedBlocks(elements, candidates);
  blocks.forEach((block, index) => (block.dom!.picked = picked[index]));
  byline ??= fallbackByline;
  return { blocks, ...(byline ? { byline } : {}) };
}

/** Readability's byline test: a short element marked as the author or named like a byline. */
function isByline(node: WalkNode, names: string): boolean {
  const itemprop = node.getAttribute?.('itemprop');
  if (
    node.getAttribute?.('rel') !== 'author' &&
    !itemprop?.includes('author') &&
    !BYLINE_NAMES.test(names)
  )
    return false;
  const length = (node.textContent ?? '').trim().length;
  return length > 0 && length < 100;
}
