import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { RecoupeError } from '../../../shared/result';

/**
 * The encoding a file was read in: one the import tells apart by itself, or the WHATWG name of
 * the charset a web page declares ("gbk", "windows-1250", "shift_jis"…).
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | (string & {});

/** Decoded text with the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const BOMS: [number[], TextEncoding][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/**
 * Decodes a text file's bytes: a byte-order mark wins, then strict UTF-8, then the charset a
 * web page declares in its <meta> (GB2312, Windows-1250, Shift_JIS…, read by TextDecoder), then
 * what chardet detects (UTF-16 without a mark, or a single-byte Western encoding, read as
 * Windows-1252, the superset of ISO-8859-1 that French text saved on Windows uses). Binary content, text that
 * still holds control characters, and double-encoded UTF-8 that cannot be repaired are refused
 * with a specific error, so replacement characters and mojibake never reach the corpus.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  return decodeTextWithEncoding(bytes, fileName).text;
}

/** Like decodeText, also saying which encoding was used. */
export function decodeTextWithEncoding(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.byteLength === 0) {
    throw new RecoupeError('empty-file', `${fileName} is empty: there is nothing to import.`);
  }
  const encoding = detectEncoding(bytes, fileName);
  const raw = iconv.encodingExists(encoding)
    ? iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true })
    : new TextDecoder(encoding).decode(bytes);
  // A stray NUL in otherwise valid text (a page saved by a broken exporter) is dropped.
  const text = repairDoubleEncoding(raw)
    .replace(/\r\n?/g, '\n')
    .replace(/\0/g, '')
    .normalize('NFC');
  if (controlCharacterShare(text) > 0.01) throw binaryError(fileName, 'control characters');
  if (text.includes('\uFFFD') && encoding !== 'utf-8') {
    throw new RecoupeError(
      'bad-encoding',
      `${fileName}: its characters could not all be read (${encoding}). Save it as UTF-8 and import it again.`,
    );
  }
  return { text, encoding };
}

function detectEncoding(bytes: Uint8Array, fileName: string): TextEncoding {
  for (const [mark, encoding] of BOMS) {
    if (mark.every((byte, index) => bytes[index] === byte)) return encoding;
  }
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.includes(0)) {
    // UTF-16 without a mark has a NUL in every other byte of Latin text; anything else is binary,
    // unless it is valid UTF-8 with a few stray NULs. (chardet only recognises UTF-16 by its
    // mark, hence this check by hand).
    const utf16 = utf16ByNuls(sample);
    if (utf16) return utf16;
    if (!(nulShare(bytes) < 0.001 && isValidUtf8(bytes))) throw binaryError(fileName, 'NUL bytes');
  }
  if (isValidUtf8(bytes)) return 'utf-8';
  const declared = isWebPage(fileName) ? declaredCharset(bytes) : null;
  if (declared === 'utf-8' && mostlyUtf8(bytes)) return 'utf-8';
  if (declared && declared !== 'utf-8') return declared;
  const guess = analyse(sample)[0]?.name ?? '';
  if (/^(ISO-8859-(1|15)|windows-125[02])$/i.test(guess) || guess === '') return 'windows-1252';
  // chardet sometimes names another single-byte code page for short French text; bytes that
  // are not UTF-8 and hold no control characters read correctly as Windows-1252 far more often.
  if (!/^(UTF|Shift_JIS|EUC|GB|Big5|ISO-2022)/i.test(guess)) return 'windows-1252';
  throw new RecoupeError(
    'bad-encoding',
    `${fileName} is not UTF-8 text and looks like ${guess}, which Recoupe does not read. Save it as UTF-8 and import it again.`,
  );
}

function nulShare(bytes: Uint8Array): number {
  let nuls = 0;
  for (const byte of bytes) if (byte === 0) nuls++;
  return nuls / bytes.length;
}

const isWebPage = (fileName: string) => /\.(x?html?)$/i.test(fileName);

/**
 * The charset a web page declares in its first bytes (<meta charset>, <meta http-equiv
 * content="…; charset=…">, <?xml encoding>), by its WHATWG name, when TextDecoder reads it.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = head.match(
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i,
  );
  const name = label?.[1] ?? label?.[2];
  if (!name) return null;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null; // a label no browser knows: the bytes speak for themselves
  }
}

// A page declared UTF-8 with a character cut in half somewhere (a truncated teaser) is read as
// UTF-8, the bad bytes becoming U+FFFD, when they are a handful among thousands.
function mostlyUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  for (const character of text) if (character === '\uFFFD') bad++;
  return bad <= Math.max(3, text.length / 10_000);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function utf16ByNuls(sample: Uint8Array): TextEncoding | null {
  let even = 0;
  let odd = 0;
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] === 0) {
      if (index % 2 === 0) even++;
      else odd++;
    }
  }
  const pairs = sample.length / 2;
  if (Math.max(even, odd) < pairs * 0.3 || Math.min(even, odd) > pairs * 0.05) return null;
  // Latin text in little-endian order puts the NUL second in each pair.
  return odd > even ? 'utf-16le' : 'utf-16be';
}

// UTF-8 read as Windows-1252 and saved again as UTF-8 turns "é" into "Ã©" and "’" into "â€™".
const DOUBLE_ENCODED =
  /Ã[\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e]|â€[\u0080-\u00bf\u2018-\u203a™œ]|Â[\u00a0-\u00bf]/g;

/** Repairs text that was UTF-8 decoded as Windows-1252 once too often, when it clearly is. */
export function repairDoubleEncoding(text: string): string {
  const marks = text.match(DOUBLE_ENCODED)?.length ?? 0;
  if (marks < 2) return text;
  const bytes = iconv.encode(text, 'windows-1252');
  // Characters outside Windows-1252 mean the text was not simply double-encoded: leave it.
  if (iconv.decode(bytes, 'windows-1252') !== text || !isValidUtf8(bytes)) return text;
  const repaired = new TextDecoder('utf-8').decode(bytes);
  return (repaired.match(DOUBLE_ENCODED)?.length ?? 0) < marks ? repaired : text;
}

function controlCharacterShare(text: string): number {
  const sample = text.slice(0, 20_000);
  if (sample.length === 0) return 0;
  let controls = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    // C0 controls other than tab, line feed, form feed and carriage return, and DEL.
    if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
      code === 0x7f
    )
      controls++;
  }
  return controls / sample.length;
}

function binaryError(fileName: string, what: string): RecoupeError {
  return new RecoupeError(
    'binary-file',
    `${fileName} looks like a binary file, not text (it contains ${what}). Check that it is the article you meant to import.`,
  );
}
