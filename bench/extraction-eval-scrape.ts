import { parseHTML } from 'linkedom';

/** Elements whose content a reader never sees (not <head>: see html-blocks.ts). */
const INVISIBLE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'textarea',
  'title',
  'meta',
  'link',
]);

/** Elements that start a new line of text where a browser would (block boxes, cells, breaks). */
const BLOCK = new Set(
  (
    'address article aside blockquote body br button caption center dd details dialog div dl dt ' +
    'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html label legend li ' +
    'main menu nav ol option p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

interface ScrapeNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<ScrapeNode>;
  getAttribute?(name: string): string | null;
}

function hidden(element: ScrapeNode): boolean {
  const attribute = (name: string) => element.getAttribute?.(name) ?? null;
  if (attribute('hidden') !== null || attribute('aria-hidden') === 'true') return true;
  const style = (attribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * The text scrape the evaluation feeds the text importer: what a copy of the whole rendered page
 * gives, every visible block of text on its own line in page order (navigation, forms, footers
 * and lists of other headlines included), without markup. Hidden elements are left out, as a
 * browser's "select all, copy" would.
 */
export function scrapePage(html: string): string {
  const { document } = parseHTML(html);
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/[\s\u00a0]+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: ScrapeNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9) return;
    const name = node.nodeName.toLowerCase();
    if (INVISIBLE.has(name) || (node.nodeType === 1 && hidden(node))) return;
    const block = BLOCK.has(name);
    if (block) flush();
    const children = node.childNodes;
    for (let index = 0; index < children.length; index++) walk(children[index]!);
    if (block) flush();
  };
  walk(document as unknown as ScrapeNode);
  flush();
  return lines.join('\n');
}
