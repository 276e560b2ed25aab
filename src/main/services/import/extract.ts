import { extname } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { DateEvidence } from '../../../shared/attribution';
import { docxDates, pdfDates } from '../attribution/format-dates';
import { SUPPORTED_EXTENSIONS } from '../../../shared/import-limits';
import { RecoupeError } from '../../../shared/result';
import { scrapeBlocks } from './clean/blocks';
import type { ArticleFields } from './clean/clean';
import { decodeText } from './decode';
import type { RawBlock } from './formats/raw-block';
import { readPost, TELEGRAM_POST_SUFFIX } from './telegram/post';

/** What a format reader gives the rest of the pipeline: paragraphs and known fields. */
export interface ExtractedDocument {
  format: string;
  blocks: RawBlock[];
  known: ArticleFields;
  /** The language the file declares (HTML lang), used when the text says too little. */
  hintLanguage?: string;
  /** Dates the format's own properties give (PDF info dictionary, DOCX core properties). */
  formatDates?: DateEvidence[];
  /** The blocks' kinds are known (a Telegram post): the cleaning rules are not run. */
  verbatim?: boolean;
}

/** Whether a file name has an extension the import reads (folders are walked with it). */
export function isSupportedFile(fileName: string): boolean {
  return extname(fileName).toLowerCase() in SUPPORTED_EXTENSIONS;
}

/** Reads a file's bytes into paragraphs by its format, or says why it cannot. */
export async function extract(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  if (fileName.endsWith(TELEGRAM_POST_SUFFIX)) return readPost(bytes);
  const extension = extname(fileName).toLowerCase();
  const format = SUPPORTED_EXTENSIONS[extension];
  if (!format) {
    const supported = Object.keys(SUPPORTED_EXTENSIONS).join(', ');
    throw new RecoupeError(
      'unsupported-format',
      `${fileName}: ${extension || 'files without an extension'} cannot be imported. Supported formats: ${supported}.`,
    );
  }
  if (bytes.byteLength === 0) {
    throw new RecoupeError('empty-file', `${fileName} is empty: there is nothing to import.`);
  }
  // Format readers load on first use: the CLI and the app start faster without them.
  if (format === 'pdf') {
    const { readPdf } = await import('./formats/pdf');
    const info = {};
    const blocks = await readPdf(bytes, fileName, info);
    return { format, blocks, known: {}, formatDates: pdfDates(info) };
  }
  if (format === 'docx') {
    const { readDocx } = await import('./formats/docx');
    const { blocks, title } = await readDocx(bytes, fileName);
    return {
      format,
      blocks,
      known: title ? { title: { value: title, source: 'text' } } : {},
      formatDates: await docxDates(bytes),
    };
  }
  const source = decodeText(bytes, fileName);
  if (format === 'html') {
    const { readHtml } = await import('./formats/html');
    return { format, ...readHtml(source, fileName) };
  }
  if (format === 'md') return extractMarkdown(source);
  return { format, blocks: scrapeBlocks(source), known: {} };
}

function extractMarkdown(source: string): ExtractedDocument {
  const tree = fromMarkdown(source);
  let title: string | null = null;
  const blocks: RawBlock[] = [];
  for (const node of tree.children) {
    if (node.type === 'list') {
      for (const item of node.children) pushBlock(blocks, toString(item));
      continue;
    }
    const block = toString(node).trim();
    if (node.type === 'heading' && node.depth === 1 && title === null) title = block;
    pushBlock(blocks, block);
  }
  return {
    format: 'md',
    blocks,
    known: title ? { title: { value: title, source: 'text' } } : {},
  };
}

function pushBlock(blocks: RawBlock[], text: string): void {
  const trimmed = text.replace(/[ \t\r\n]+/g, ' ').trim();
  if (trimmed) blocks.push({ text: trimmed });
}
