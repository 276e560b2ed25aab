/**
 * The article's container as Readability scores it, without Readability: the scoring of its
 * `_grabArticle` (Readability 0.6.0, Apache-2.0: tag and class weights, a score per paragraph
 * given to five levels of ancestors, link density, siblings that score close to the best)
 * computed on the blocks the page walk already read, so the page is neither parsed again nor
 * rewritten. Running Readability itself cost the HTML import half its time for one feature of
 * the prose model; this keeps the feature (which container is the article) at a fraction of it.
 */

/** A block-level element of the page, as the walk saw it. */
export interface CandidateElement {
  /** The enclosing block-level element's number (0 for the root). */
  parent: number;
  tag: string;
  /** Its class and id, for the class weight and sibling bonus. */
  className: string;
  id: string;
  /** Characters of visible text under it, and how many of those are inside links. */
  text: number;
  linked: number;
}

/** One block of text: the block-level elements open around it (root first, its own last). */
export interface CandidateBlock {
  chain: readonly number[];
  text: string;
  /** Inside an element Readability drops before scoring (menus, comments, footers…). */
  unlikely: boolean;
}

const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
const POSITIVE =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const UNLIKELY_ROLES = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
]);

/** Whether Readability would drop an element (and its content) before scoring the page. */
export function isUnlikelyCandidate(tag: string, names: string, role: string | null): boolean {
  if (role && UNLIKELY_ROLES.has(role)) return true;
  return UNLIKELY.test(names) && !MAYBE.test(names) && tag !== 'body' && tag !== 'a';
}

const TAG_WEIGHTS: Record<string, number> = {
  div: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  ...Object.fromEntries('address ol ul dl dd dt li form'.split(' ').map((tag) => [tag, -3])),
  ...Object.fromEntries('h1 h2 h3 h4 h5 h6 th'.split(' ').map((tag) => [tag, -5])),
};

function classWeight(element: CandidateElement): number {
  let weight = 0;
  for (const name of [element.className, element.id]) {
    if (!name) continue;
    if (NEGATIVE.test(name)) weight -= 25;
    if (POSITIVE.test(name)) weight += 25;
  }
  return weight;
}

/** Elements whose own text Readability scores as a paragraph (a <div> of text counts as one). */
const SCORED = new Set('section h2 h3 h4 h5 h6 p td pre div'.split(' '));

/**
 * Which blocks sit in the article as Readability would pick it: the best-scoring element and
 * its siblings that score at least a fifth of it (or read as paragraphs of prose).
 */
export function pickedBlocks(
  elements: readonly CandidateElement[],
  blocks: readonly CandidateBlock[],
): boolean[] {
  const scores = new Map<number, number>();
  const add = (number: number, value: number) => {
    if (!scores.has(number)) {
      const element = elements[number]!;
      scores.set(number, (TAG_WEIGHTS[element.tag] ?? 0) + classWeight(element));
    }
    scores.set(number, scores.get(number)! + value);
  };
  for (const block of blocks) {
    const own = block.chain.at(-1)!;
    if (block.unlikely || !SCORED.has(elements[own]!.tag) || block.text.length < 25) continue;
    const score =
      1 +
      (block.text.match(/[,，、]/g)?.length ?? 0) +
      Math.min(Math.floor(block.text.length / 100), 3);
    for (let level = 0; level < 5; level++) {
      const ancestor = block.chain[block.chain.length - 2 - level];
      if (ancestor === undefined || ancestor === 0) break;
      add(ancestor, score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  }
  let top = -1;
  let best = -Infinity;
  const final = new Map<number, number>();
  for (const [number, score] of scores) {
    const element = elements[number]!;
    const value = score * (1 - (element.text ? element.linked / element.text : 0));
    final.set(number, value);
    if (value > best) [top, best] = [number, value];
  }
  if (top < 0) return blocks.map(() => false);
  const chosen = new Set([top]);
  const parent = elements[top]!.parent;
  const threshold = Math.max(10, best * 0.2);
  elements.forEach((element, number) => {
    if (number === top || element.parent !== parent || number === 0) return;
    const bonus =
      element.className && element.className === elements[top]!.className ? best * 0.2 : 0;
    const density = element.text ? element.linked / element.text : 0;
    if ((final.get(number) ?? -Infinity) + bonus >= threshold) chosen.add(number);
    else if (element.tag === 'p' && element.text > 80 && density < 0.25) chosen.add(number);
  });
  return blocks.map((block) => block.chain.some((number) => chosen.has(number)));
}
