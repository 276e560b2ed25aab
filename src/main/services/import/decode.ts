import { RecoupeError } from '../../../shared/result';

/**
 * Decodes a text file's bytes as UTF-8, refusing binary content and invalid UTF-8 with a
 * specific error rather than letting replacement characters reach the corpus.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes.byteLength === 0) {
    throw new RecoupeError('empty-file', `${fileName} is empty: there is nothing to import.`);
  }
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) {
    throw new RecoupeError(
      'binary-file',
      `${fileName} looks like a binary file, not text (it contains NUL bytes). Check that it is the article you meant to import.`,
    );
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text.replace(/\r\n?/g, '\n').normalize('NFC');
  } catch {
    throw new RecoupeError(
      'bad-encoding',
      `${fileName} is not valid UTF-8 text. Save it as UTF-8 and import it again.`,
    );
  }
}
