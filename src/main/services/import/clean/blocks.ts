import type { RawBlock } from '../formats/raw-block';
import { glueContext, hasLostBreaks, splitLostBreaks, type GlueContext } from './glued-scrape';

const TERMINAL = /[.!?…:;»”"')\]]$/u;

/**
 * Splits scraped plain text into blocks: paragraphs when the text has blank lines, else lines.
 * Lines broken in the middle of a sentence are joined back: a line that starts with a
 * lowercase letter or with punctuation continues the one before (scrapers cut sentences where
 * a quote or a link was), and inside a blank-line paragraph long lines without a final stop
 * are hard wraps. A line that holds a whole page whose paragraph breaks were lost is cut back
 * into its paragraphs, headings and bullets first (glued-scrape.ts).
 */
export function splitBlocks(text: string): string[] {
  return scrapeBlocks(text).map((block) => block.text);
}

/** `splitBlocks`, each block cut from a glued line saying which line (`gluedLine`). */
export function scrapeBlocks(text: string): RawBlock[] {
  const paragraphMode = /\n[ \t]*\n/.test(text);
  const groups = paragraphMode ? text.split(/\n[ \t]*\n/) : [text];
  let context: GlueContext | undefined;
  let gluedLines = 0;
  const blocks: RawBlock[] = [];
  for (const group of groups) {
    const lines = group
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .filter(Boolean);
    const wrapped = paragraphMode && isHardWrapped(lines);
    let current: RawBlock | null = null;
    for (const line of lines) {
      // The blocks cut from a glued line start afresh: none continues the one before.
      const pieces = hasLostBreaks(line)
        ? splitLostBreaks(line, (context ??= glueContext(text)))
        : [line];
      const gluedLine = pieces.length > 1 ? ++gluedLines : undefined;
      for (const [index, piece] of pieces.map(repairGluedSentences).entries()) {
        if (current !== null && index === 0 && (wrapped || continues(current.text, piece))) {
          current.text = joinLines(current.text, piece);
        } else {
          if (current !== null) blocks.push(current);
          current = gluedLine === undefined ? { text: piece } : { text: piece, gluedLine };
        }
      }
    }
    if (current !== null) blocks.push(current);
  }
  return mergeContinuations(blocks);
}

function continues(previous: string, line: string): boolean {
  if (/^[.,;:)\]»”…]/u.test(line)) return true;
  return !TERMINAL.test(previous) && /^\p{Ll}/u.test(line);
}

// A hard-wrapped paragraph: every line but the last fills most of a column, and at least half
// of the breaks fall inside a sentence (the next line starts in lowercase). A list of
// headlines has long lines too, but each starts with a capital.
function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  const inner = lines.slice(0, -1);
  if (inner.some((line) => line.length < 50 || /(\.\.\.|…)$/u.test(line))) return false;
  const midSentence = lines.slice(1).filter((line) => /^[\p{Ll},;)]/u.test(line)).length;
  return midSentence * 2 >= lines.length - 1;
}

function joinLines(previous: string, line: string): string {
  return /^[.,;:)\]»”…]/u.test(line) && !/^[«:;]/u.test(line)
    ? previous + line
    : `${previous} ${line}`;
}

// Blank-line paragraphs can also be cut mid-sentence ("… plus large" / ". Selon lui…").
function mergeContinuations(blocks: RawBlock[]): RawBlock[] {
  const merged: RawBlock[] = [];
  for (const block of blocks) {
    const previous = merged.at(-1);
    if (previous !== undefined && /^[.,;)\]»”]/u.test(block.text) && block.text.length < 40) {
      previous.text = joinLines(previous.text, block.text);
    } else merged.push(block);
  }
  return merged;
}

/**
 * Scrapers that drop paragraph tags glue sentences together ("…contre l’Ukraine.Volodymyr
 * Zelensky…"). A stop between a lowercase word and a capitalised one gets its space back;
 * abbreviations ("M.Zelensky", "U.S.") and addresses ("example.com") do not match.
 */
export function repairGluedSentences(line: string): string {
  return line.replace(/(\p{Ll}{2}[.!?]["”»]?)(\p{Lu}\p{Ll})/gu, '$1 $2');
}
