import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { RecoupeError } from '../../../../shared/result';
import type { RawBlock } from './raw-block';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

interface Line {
  page: number;
  y: number;
  x: number;
  right: number;
  height: number;
  text: string;
}

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | undefined;

// pdf.js runs its parser in a "fake worker" inside this thread when given the worker module.
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((module) => {
    const require = createRequire(import.meta.url);
    module.GlobalWorkerOptions.workerSrc = pathToFileURL(
      require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ).href;
    return module;
  });
  return pdfjs;
}

/**
 * Reads a PDF's text layer with pdf.js, page by page: lines in reading order (top to bottom,
 * left to right), paragraphs where the gap between lines widens, words hyphenated at a line
 * end joined again, and lines repeated at the top or bottom of most pages (running headers,
 * footers, page numbers) set aside as 'header' blocks.
 */
export async function readPdf(
  bytes: Uint8Array,
  fileName: string,
  /** Filled with the info dictionary's dates, for the publish date's evidence. */
  info: { CreationDate?: string } = {},
): Promise<RawBlock[]> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw pdfError(error, fileName);
  }
  try {
    const metadata = await document.getMetadata().catch(() => null);
    const creation = (metadata?.info as { CreationDate?: unknown } | undefined)?.CreationDate;
    if (typeof creation === 'string') info.CreationDate = creation;
    const lines: Line[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const [left = 0, , right = 595] = page.view;
      lines.push(...readingOrder(pageLines(content.items as TextItem[], number), right - left));
      page.cleanup();
    }
    if (lines.every((line) => !/[\p{L}\p{N}]/u.test(line.text))) {
      throw new RecoupeError(
        'no-text-layer',
        `${fileName} has no text layer (scanned?): its ${document.numPages} page(s) hold images of text, which Recoupe cannot read.`,
      );
    }
    return paragraphs(lines, document.numPages);
  } catch (error) {
    throw error instanceof RecoupeError ? error : pdfError(error, fileName);
  } finally {
    await task.destroy();
  }
}

function pdfError(error: unknown, fileName: string): RecoupeError {
  const name = (error as { name?: string })?.name;
  if (name === 'PasswordException') {
    return new RecoupeError(
      'encrypted-file',
      `${fileName} is protected by a password; Recoupe cannot read encrypted PDFs.`,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new RecoupeError('corrupt-file', `${fileName} is not a readable PDF (${detail}).`);
}

function pageLines(items: readonly TextItem[], page: number): Line[] {
  const lines: Line[] = [];
  for (const item of items) {
    if (!item.str) continue;
    const [, , , , x = 0, y = 0] = item.transform;
    const height = item.height || Math.abs(item.transform[3] ?? 10);
    // Same baseline and close by: the same line. Far to the right: the next column.
    const line = lines.find(
      (candidate) =>
        Math.abs(candidate.y - y) <= height * 0.4 &&
        x >= candidate.x &&
        x - candidate.right <= height * 2,
    );
    if (line) {
      const gap = x > line.right + 0.5 && !line.text.endsWith(' ') && !item.str.startsWith(' ');
      line.text += (gap ? ' ' : '') + item.str;
      line.right = Math.max(line.right, x + item.width);
    } else lines.push({ page, y, x, right: x + item.width, height, text: item.str });
  }
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text);
}

/**
 * Orders a page's lines for reading. PDF space has y growing upwards, so one column reads by
 * y descending; a page set in two columns reads what spans the page above them, then the left
 * column, then the right one, then what spans the page below.
 */
function readingOrder(lines: readonly Line[], width: number): Line[] {
  const byY = [...lines].sort((a, b) => b.y - a.y || a.x - b.x);
  const middle = width / 2;
  const margin = width * 0.02;
  const left = byY.filter((line) => line.right <= middle + margin);
  const right = byY.filter((line) => line.x >= middle - margin);
  if (left.length < 3 || right.length < 3) return byY;
  const inColumns = new Set([...left, ...right]);
  const top = Math.max(left[0]!.y, right[0]!.y);
  const spanning = byY.filter((line) => !inColumns.has(line));
  return [
    ...spanning.filter((line) => line.y > top),
    ...left,
    ...right,
    ...spanning.filter((line) => line.y <= top),
  ];
}

const shape = (text: string) => text.replace(/\d+/g, '#').toLowerCase();

function runningLines(lines: readonly Line[], pages: number): Set<Line> {
  const running = new Set<Line>();
  for (const line of lines) {
    if (/^(page\s*)?[-–(]?\s*\d+\s*[-–)]?(\s*(\/|of|sur)\s*\d+)?$/i.test(line.text))
      running.add(line);
  }
  if (pages < 2) return running;
  const edges = new Map<string, Line[]>();
  for (let page = 1; page <= pages; page++) {
    const onPage = lines.filter((line) => line.page === page);
    for (const line of [...onPage.slice(0, 1), ...onPage.slice(-1)]) {
      const key = shape(line.text);
      edges.set(key, [...(edges.get(key) ?? []), line]);
    }
  }
  for (const group of edges.values()) {
    const pagesWithIt = new Set(group.map((line) => line.page)).size;
    if (pagesWithIt >= Math.max(2, Math.ceil(pages * 0.5)))
      group.forEach((line) => running.add(line));
  }
  return running;
}

function paragraphs(lines: readonly Line[], pages: number): RawBlock[] {
  const running = runningLines(lines, pages);
  const blocks: RawBlock[] = [];
  let current: { text: string; page: number; last: Line } | null = null;
  const flush = () => {
    if (current) blocks.push({ text: current.text, page: current.page });
    current = null;
  };
  for (const line of lines) {
    if (running.has(line)) {
      flush();
      blocks.push({ text: line.text, page: line.page, kind: 'header' });
      continue;
    }
    const previous: { text: string; page: number; last: Line } | null = current;
    const gap = previous && previous.last.page === line.page ? previous.last.y - line.y : 0;
    const newParagraph =
      !previous ||
      gap > line.height * 1.8 ||
      Math.abs(line.height - previous.last.height) > line.height * 0.25 ||
      (previous.last.page !== line.page && /[.!?»”]$/u.test(previous.text));
    if (newParagraph) {
      flush();
      current = { text: line.text, page: line.page, last: line };
    } else if (previous) {
      previous.text = joinPdfLines(previous.text, line.text);
      previous.last = line;
    }
  }
  flush();
  return blocks;
}

/** Joins two lines of a paragraph, repairing a word hyphenated across them ("gou-" + "vernement"). */
export function joinPdfLines(previous: string, next: string): string {
  if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next)) return previous.slice(0, -1) + next;
  return `${previous} ${next}`;
}
