import { isStopWord, pageStopWords, type StopList } from './stop-words';

/*
 * Some scrapers drop every paragraph tag of a page: a live blog's entries, its headings and its
 * bullets come out as one line ("…contre l’Ukraine.Volodymyr Zelensky…", "…frappes en
 * RussieLe président…", "retenir :⇒ Le déploiement…"). Such a line is cut back into blocks, and
 * only such a line: a false cut is worse than a missed one.
 */

/** Longer than the paragraphs of the project's sample articles and of the extraction set's scrapes. */
const LOST_BREAKS_MIN_LENGTH = 1500;
const LOST_BREAKS_MIN_GLUED = 3;

/**
 * A stop glued to the next sentence: two lowercase letters (not "M.Dupont", "U.S.") or a closing
 * quote before it, an optional quote after, then a capitalised word followed by a space or a
 * comma (not "example.Com/x", "module.Class.method"), or an elided article ("L’Ukraine").
 */
const GLUED_STOP =
  /(?<=(?:\p{Ll}{2}|[”»")])[.!?…]+)(["”“«]?)(?=\p{Lu}(?:\p{Ll}+[\s,;:]|[’']\p{L}))/gu;
/** A sentence stop followed by a space and a capital: the line still has its sentences apart. */
const SPACED_STOP = /\p{L}[.!?…]["”»]? ["“«]?\p{Lu}/u;
/** A bullet mark ("⇒ Moscou revendique…"): each bullet starts a block. */
const BULLET = /\s*(?=[⇒►▶•])/gu;
/** A letter run with one lowercase→uppercase step: "RussieLe", "MoscouKiev", "nordiquesLe". */
const JOIN =
  /(?<![\p{L}\p{N}@#/\\_.-])(\p{Lu}?\p{Ll}{2,})(\p{Lu}\p{Ll}+|\p{Lu}(?=[’']\p{L}))(?!\p{L})/gu;
const HEADING_WORDS = { min: 3, max: 30 };

/** What a document says about its own words, to judge a join without a dictionary. */
export interface GlueContext {
  stopList: StopList;
  /** Every letter run of the document, as written. */
  words: ReadonlySet<string>;
  /** Capitalised words found after a lowercase word or an elided article: proper nouns. */
  properNouns: ReadonlySet<string>;
}

/** Whether a line reads as a whole page glued into one: far too long, with several glued stops. */
export function hasLostBreaks(line: string): boolean {
  if (line.length < LOST_BREAKS_MIN_LENGTH || !SPACED_STOP.test(line)) return false;
  return (line.match(GLUED_STOP)?.length ?? 0) >= LOST_BREAKS_MIN_GLUED;
}

/** The word lists a document's glued lines are judged against. */
export function glueContext(text: string): GlueContext {
  const words = new Set(text.match(/\p{L}+/gu) ?? []);
  const properNouns = new Set(
    [...text.matchAll(/(?:\p{Ll}[’']|\p{Ll},? )(\p{Lu}\p{Ll}+)(?!\p{L})/gu)].map(
      (match) => match[1]!,
    ),
  );
  return { stopList: pageStopWords(text.split('\n')), words, properNouns };
}

/**
 * A line that has lost its paragraph breaks, cut into the blocks it held: at each glued stop, before
 * each bullet, and between a heading and the paragraph it was glued to.
 */
export function splitLostBreaks(line: string, context: GlueContext): string[] {
  return splitAtStops(line)
    .flatMap((piece) => piece.split(BULLET))
    .flatMap((piece) => splitHeadings(piece, context))
    .map((piece) => piece.trim())
    .filter(Boolean);
}

// A quote right after a glued stop opens the next sentence unless the sentence it ends has an
// open quote: “…” and «…» say which they are; a straight or a closing quote used both ways
// (”Je peux…”) is judged by how many quotes came before it.
function splitAtStops(line: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const match of line.matchAll(GLUED_STOP)) {
    const quote = match[1]!;
    const before = line.slice(start, match.index);
    const closes =
      quote === '»' ||
      (quote !== '' &&
        quote !== '“' &&
        quote !== '«' &&
        (before.match(/["“”]/g)?.length ?? 0) % 2 === 1);
    const cut = match.index + (closes ? quote.length : 0);
    pieces.push(line.slice(start, cut));
    start = cut;
  }
  pieces.push(line.slice(start));
  return pieces;
}

// A heading glued to its paragraph ("…pour MoscouKiev a annoncé…") is the first words of a piece,
// or the words after a stop glued to them ("compte X.Moscou revendique…"), with no stop of
// their own, ending in a word glued to the paragraph's first.
function splitHeadings(piece: string, context: GlueContext): string[] {
  const pieces: string[] = [];
  let rest = piece;
  for (;;) {
    const cut = headingCut(rest, context);
    if (!cut) break;
    const [start, end] = cut;
    if (start > 0) pieces.push(rest.slice(0, start));
    pieces.push(rest.slice(start, end));
    rest = rest.slice(end);
  }
  pieces.push(rest);
  return pieces;
}

/** Where the first heading glued to a paragraph starts and ends in a piece, if one does. */
function headingCut(piece: string, context: GlueContext): [number, number] | null {
  for (const match of piece.matchAll(JOIN)) {
    const end = match.index + match[1]!.length;
    const before = piece.slice(0, end);
    const stop = /[.!?…]["”»]?(?=[^.!?…]*$)/u.exec(before);
    const start = stop ? stop.index + stop[0].length : 0;
    // After a spaced stop (the heading test below) or a number, the words end a sentence.
    if (stop && !/\p{L}/u.test(piece[stop.index - 1] ?? '')) continue;
    const heading = piece.slice(start, end);
    const words = heading.match(/\p{L}+/gu)?.length ?? 0;
    if (!/^(?:[⇒►▶•]\s*)?["“”«]?\p{Lu}/u.test(heading)) continue;
    if (words < HEADING_WORDS.min || words > HEADING_WORDS.max) continue;
    if (gluedWords(match[1]!, match[2]!, context)) return [start, end];
  }
  return null;
}

// Both halves must be words of the page on their own. The last word of a heading is lowercase
// and not a stop-word ("nordiques", "front"), or a proper noun the page also writes
// mid-sentence ("Russie", "Moscou"); the paragraph's first is a capitalised stop-word ("Le",
// "The", "L’") or a word the page writes alone as well ("Kiev"). Names written with a capital
// inside (YouTube, LinkedIn, McDonald, iPhone) fail at least one of these.
function gluedWords(left: string, right: string, context: GlueContext): boolean {
  const rightStop = isStopWord(right, context.stopList);
  if (!rightStop && !context.words.has(right)) return false;
  if (/^\p{Lu}/u.test(left)) return context.properNouns.has(left);
  return !isStopWord(left, context.stopList) && (rightStop || context.words.has(left));
}
