import type { DomPlace, RawBlock } from '../formats/raw-block';
import { readMetadataLine, type MetadataLine } from './metadata-lines';
import {
  AGENCY_CREDIT,
  COPYRIGHT,
  CREDIT_LINE,
  FORM_HEADING,
  FORM_STARTS,
  MENU_WORDS,
  PHOTO_MARKERS,
  PROMO_STARTS,
  RELATED_HEADINGS,
  fold,
  foldLabel,
  isMarker,
  isShareBar,
  startsWithAny,
} from './patterns';

/** What a block of an imported file is: the article body, or one kind of boilerplate. */
export type BlockKind =
  | 'body'
  | 'title'
  | 'outlet'
  | 'menu'
  | 'caption'
  | 'share'
  | 'form'
  | 'metadata'
  | 'tags'
  | 'copyright'
  | 'related'
  | 'promo'
  | 'header'
  | 'outside';

/** A block with its kind and, for metadata lines, what it states. */
export interface ClassifiedBlock {
  kind: BlockKind;
  text: string;
  metadata?: MetadataLine;
  page?: number;
  /** The share of the block's characters inside links (HTML), for the prose pass. */
  linkDensity?: number;
  dom?: DomPlace;
  /** Set instead of a kind when the prose model decides: the block follows a tail marker. */
  afterTail?: boolean;
  /** See RawBlock. */
  gluedLine?: number;
}

/** The kinds after which the rest of a page is not the article (comments, other headlines). */
const TAIL_KINDS = new Set<BlockKind>(['form', 'related', 'tags', 'copyright']);

/** How many words a block has. */
export const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** Whether a block ends like a sentence or a quote. */
export const ends = (text: string) => /[.!?…:;»”"]$/u.test(text);

/** Classifies one block by what it says alone, or returns null when it reads as prose. */
export function classifyAlone(text: string): Omit<ClassifiedBlock, 'text'> | null {
  const label = foldLabel(text);
  if (isMarker(text)) return { kind: 'menu' };
  if (text.length <= 200) {
    if (FORM_HEADING.test(label) || startsWithAny(text, FORM_STARTS)) return { kind: 'form' };
    if (RELATED_HEADINGS.has(label)) return { kind: 'related' };
    if (MENU_WORDS.has(label)) return { kind: 'menu' };
    if (PHOTO_MARKERS.has(label)) return { kind: 'caption' };
    if (CREDIT_LINE.test(text)) return { kind: 'caption' };
    if (COPYRIGHT.test(text)) return { kind: 'copyright' };
    if (isShareBar(text)) return { kind: 'share' };
    if (startsWithAny(text, PROMO_STARTS)) return { kind: 'promo' };
    // "Lire aussi : Another headline" stands inside an article for a link elsewhere.
    if (
      /^(lire aussi|a lire aussi|voir aussi|read also|read more|see also|related)\s*:/.test(
        fold(text),
      )
    )
      return { kind: 'related' };
    if (isNavigationList(text)) return { kind: 'tags' };
  }
  const metadata = readMetadataLine(text);
  if (metadata) return { kind: metadata.field === 'tags' ? 'tags' : 'metadata', metadata };
  if (text.length <= 400 && AGENCY_CREDIT.test(text)) return { kind: 'caption' };
  if (isDatedCaption(text)) return { kind: 'caption' };
  return null;
}

/** "Guerre | Ukraine | Russie" or "Accueil › Monde › Europe": a list of labels, not a sentence. */
export function isNavigationList(text: string): boolean {
  const parts = text.split(/\s*[|›»•·>]\s*/).filter(Boolean);
  return parts.length >= 3 && parts.every((part) => words(part) <= 5 && !ends(part));
}

// A photo caption states who and where, then the date, with no final stop:
// "Mark Rutte à Kiev, le 3 octobre 2024" / "Mark Rutte in Kyiv on October 3, 2024".
const CAPTION_DATE =
  /(,\s*le|\ble|\bon|,)\s+(\d{1,2}(er)?\s+\p{L}+|\p{L}+\.?\s+\d{1,2},?)\s+\d{4}\s*(\([^)]*\))?$/u;

function isDatedCaption(text: string): boolean {
  return text.length <= 250 && !ends(text) && words(text) >= 4 && CAPTION_DATE.test(text);
}

/**
 * Classifies every block of a page: first each block alone, then by position (what follows a
 * photo marker is its caption; what follows a comment form or a "Related" heading is not the
 * article; short labels before the first paragraph are navigation). Blocks that read as prose
 * stay body. With `hintsOnly` (the prose model follows), what follows a tail marker is only
 * flagged `afterTail`: on a whole page, a "Related" heading in a side column comes before the
 * article, and the model weighs the flag with everything else it knows.
 */
export function classifyBlocks(raw: readonly RawBlock[], hintsOnly = false): ClassifiedBlock[] {
  const blocks: ClassifiedBlock[] = raw.map(
    ({ text, kind, page, linkDensity, dom, gluedLine }) => ({
      text,
      page,
      linkDensity,
      dom,
      gluedLine,
      ...(kind ? { kind } : (classifyAlone(text) ?? { kind: 'body' as const })),
    }),
  );
  markCaptions(blocks);
  markTail(blocks, hintsOnly);
  return blocks;
}

function markCaptions(blocks: ClassifiedBlock[]): void {
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind !== 'caption') continue;
    const label = foldLabel(block.text);
    const next = blocks[index + 1];
    // The block after a photo marker is the caption, as long as it is not a long paragraph.
    if (PHOTO_MARKERS.has(label) && next?.kind === 'body' && next.text.length <= 400) {
      next.kind = 'caption';
    }
    // The block before a credit line is the caption it credits.
    const previous = blocks[index - 1];
    if (
      CREDIT_LINE.test(block.text) &&
      previous?.kind === 'body' &&
      readsAsCaption(previous.text)
    ) {
      previous.kind = 'caption';
    }
  }
}

// A caption is one short sentence describing a picture, not a quote or a paragraph.
function readsAsCaption(text: string): boolean {
  return (
    text.length <= 250 &&
    !/[«»“”"]/u.test(text) &&
    !/[:;]$/.test(text) &&
    !/[.!?]\s+\p{Lu}/u.test(text)
  );
}

function markTail(blocks: ClassifiedBlock[], hintsOnly: boolean): void {
  const firstBody = blocks.findIndex((block) => block.kind === 'body' && block.text.length >= 200);
  if (firstBody < 0) return;
  let tail = false;
  for (let index = firstBody + 1; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (tail && block.kind === 'body') {
      if (hintsOnly) block.afterTail = true;
      else block.kind = 'related';
    }
    // "Lire aussi : another headline" inside an article is one link, not the start of a list.
    const inlineLink = block.kind === 'related' && !RELATED_HEADINGS.has(foldLabel(block.text));
    if (TAIL_KINDS.has(block.kind) && !inlineLink) tail = true;
  }
  markTeaserRun(blocks, hintsOnly);
}

// Lists of other articles end many pages with no heading: headline, teaser cut with "…", again.
function markTeaserRun(blocks: ClassifiedBlock[], hintsOnly: boolean): void {
  let start = blocks.length;
  let teasers = 0;
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index]!;
    const teaser = /(\.\.\.|…)["”»]?$/u.test(block.text) && block.text.length <= 300;
    const headline = block.text.length <= 160 && !ends(block.text);
    if (block.kind !== 'body' || teaser || headline) {
      if (teaser && block.kind === 'body') teasers++;
      start = index;
    } else break;
  }
  if (teasers < 2) return;
  for (let index = start; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind !== 'body') continue;
    if (hintsOnly) block.afterTail = true;
    else block.kind = 'related';
  }
}
