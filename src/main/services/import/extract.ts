import { extname } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { RecoupeError } from '../../../shared/result';
import { decodeText } from './decode';

/** What a format reader gives the rest of the pipeline. */
export interface ExtractedDocument {
  format: string;
  text: string;
  title: string | null;
}

/** File extensions the import accepts, by format. */
export const SUPPORTED_EXTENSIONS: Record<string, string> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
};

/** Reads a file's bytes into clean text by its format, or says why it cannot. */
export function extract(bytes: Uint8Array, fileName: string): ExtractedDocument {
  const extension = extname(fileName).toLowerCase();
  const format = SUPPORTED_EXTENSIONS[extension];
  if (!format) {
    const supported = Object.keys(SUPPORTED_EXTENSIONS).join(', ');
    throw new RecoupeError(
      'unsupported-format',
      `${fileName}: ${extension || 'files without an extension'} cannot be imported yet. Supported formats: ${supported}.`,
    );
  }
  const source = decodeText(bytes, fileName);
  return format === 'md' ? extractMarkdown(source) : extractPlainText(source);
}

function extractPlainText(source: string): ExtractedDocument {
  const text = source.trim();
  // Scraped text often opens with a menu word or two; the title is the first line that reads
  // like a headline (several words, not a whole paragraph).
  const title =
    text
      .split('\n')
      .map((line) => line.trim())
      .find(
        (line) =>
          line.split(/\s+/).length >= 4 &&
          line.length <= 250 &&
          // Navigation bars ("Accueil | Régions | Sports") are lists, not headlines, and a
          // line in capitals is a masthead or a section label.
          !/[|•›»]/.test(line) &&
          /\p{Ll}/u.test(line),
      ) ?? null;
  return { format: 'txt', text, title };
}

function extractMarkdown(source: string): ExtractedDocument {
  const tree = fromMarkdown(source);
  let title: string | null = null;
  const blocks: string[] = [];
  for (const node of tree.children) {
    const block = toString(node).trim();
    if (!block) continue;
    if (node.type === 'heading' && node.depth === 1 && title === null) title = block;
    blocks.push(block);
  }
  return { format: 'md', text: blocks.join('\n\n'), title };
}
