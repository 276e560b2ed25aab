import JSZip from 'jszip';
import { MAX_IMPORT_BYTES } from '../../../../shared/contract';
import { RecoupeError } from '../../../../shared/result';

/** Most a Word file may inflate to, all parts together: twice the import limit. */
export const MAX_UNZIPPED_BYTES = 2 * MAX_IMPORT_BYTES;

/**
 * Refuses a zip (a .docx) whose parts inflate past MAX_UNZIPPED_BYTES before mammoth reads it
 * whole into memory: a zip bomb of a few hundred KB can hold gigabytes of XML. The sizes the
 * zip declares can lie, so each part is inflated as a stream and its bytes counted, stopping
 * as soon as the budget is spent; nothing is kept.
 */
export async function assertUnzippedSize(bytes: Uint8Array, fileName: string): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw corrupt(fileName, error);
  }
  let remaining = MAX_UNZIPPED_BYTES;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    remaining -= await inflatedSize(entry, remaining).catch((error: unknown) => {
      throw corrupt(fileName, error);
    });
    if (remaining < 0) {
      throw new RecoupeError(
        'too-large',
        `${fileName} unpacks to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB (${entry.name}): it is refused as a likely zip bomb.`,
      );
    }
  }
}

/** How many bytes a zip part inflates to, counting no further than just past `budget`. */
function inflatedSize(entry: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    // A Node stream, so a stopped reader stops the inflating too (back-pressure).
    const stream = entry.nodeStream('nodebuffer');
    stream
      .on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > budget) {
          stream.pause();
          resolve(size);
        }
      })
      .on('error', reject)
      .on('end', () => resolve(size));
  });
}

/** The refusal of a file that is not a readable Word document, with the reader's reason. */
export function corrupt(fileName: string, error: unknown): RecoupeError {
  const detail = error instanceof Error ? error.message : String(error);
  return new RecoupeError(
    'corrupt-file',
    `${fileName} is not a readable Word document (${detail}).`,
  );
}
