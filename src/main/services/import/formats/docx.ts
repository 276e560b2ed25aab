import mammoth from 'mammoth';
import { RecoupeError } from '../../../../shared/result';
import { parseDocument } from './dom';
import { textBlocks } from './html';
import type { RawBlock } from './raw-block';

/** A Word document's paragraphs and its first heading, through mammoth's semantic HTML. */
export async function readDocx(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ blocks: RawBlock[]; title: string | null }> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RecoupeError(
      'corrupt-file',
      `${fileName} is not a readable Word document (${detail}).`,
    );
  }
  const document = parseDocument(`<!doctype html><html><body>${html}</body></html>`);
  const heading = document.querySelector('h1')?.textContent?.trim() || null;
  return { blocks: document.body ? textBlocks(document.body) : [], title: heading };
}
