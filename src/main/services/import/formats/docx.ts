import mammoth from 'mammoth';
import { parseDocument } from './dom';
import { textBlocks } from './html';
import type { RawBlock } from './raw-block';
import { assertUnzippedSize, corrupt } from './zip-limit';

/** A Word document's paragraphs and its first heading, through mammoth's semantic HTML. */
export async function readDocx(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ blocks: RawBlock[]; title: string | null }> {
  await assertUnzippedSize(bytes, fileName);
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }));
  } catch (error) {
    throw corrupt(fileName, error);
  }
  const document = parseDocument(`<!doctype html><html><body>${html}</body></html>`);
  const heading = document.querySelector('h1')?.textContent?.trim() || null;
  return { blocks: document.body ? textBlocks(document.body) : [], title: heading };
}
