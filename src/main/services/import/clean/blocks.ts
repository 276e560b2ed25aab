const TERMINAL = /[.!?…:;»”"')\]]$/u;

/**
 * Splits scraped plain text into blocks: paragraphs when the text has blank lines, else lines.
 * Lines broken in the middle of a sentence are joined back: a line that starts with a
 * lowercase letter or with punctuation continues the one before (scrapers cut sentences where
 * a quote or a link was), and inside a blank-line paragraph long lines without a final stop
 * are hard wraps.
 */
export function splitBlocks(text: string): string[] {
  const paragraphMode = /\n[ \t]*\n/.test(text);
  const groups = paragraphMode ? text.split(/\n[ \t]*\n/) : [text];
  const blocks: string[] = [];
  for (const group of groups) {
    const lines = group
      .split('\n')
      .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
      .filter(Boolean);
    let current: string | null = null;
    for (const line of lines) {
      if (current !== null && continues(current, line, paragraphMode)) {
        current = joinLines(current, line);
      } else {
        if (current !== null) blocks.push(current);
        current = line;
      }
    }
    if (current !== null) blocks.push(current);
  }
  return mergeContinuations(blocks);
}

function continues(previous: string, line: string, paragraphMode: boolean): boolean {
  if (/^[.,;:)\]»”…]/u.test(line)) return true;
  if (TERMINAL.test(previous)) return false;
  if (/^\p{Ll}/u.test(line)) return true;
  // A hard-wrapped paragraph: the previous line filled most of a column and did not end.
  return paragraphMode && previous.length >= 55 && line.length >= 20 && !/^[-*•→]/u.test(line);
}

function joinLines(previous: string, line: string): string {
  return /^[.,;:)\]»”…]/u.test(line) && !/^[«:;]/u.test(line)
    ? previous + line
    : `${previous} ${line}`;
}

// Blank-line paragraphs can also be cut mid-sentence ("… plus large" / ". Selon lui…").
function mergeContinuations(blocks: string[]): string[] {
  const merged: string[] = [];
  for (const block of blocks) {
    const previous = merged.at(-1);
    if (previous !== undefined && /^[.,;)\]»”]/u.test(block) && block.length < 40) {
      merged[merged.length - 1] = joinLines(previous, block);
    } else merged.push(block);
  }
  return merged;
}
