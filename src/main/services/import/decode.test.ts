import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeTextWithEncoding, repairDoubleEncoding } from './decode';

const french =
  'Le préfet a déclaré « l’état d’urgence » à Valmont : 1 200 évacués, œuvre de la crue.\nÇa déborde.';
const decode = (bytes: Uint8Array) => decodeTextWithEncoding(bytes, 'article.txt');

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decode(Buffer.from(french))).toEqual({ text: french, encoding: 'utf-8' });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(french)]);
    expect(decode(withBom)).toEqual({ text: french, encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian with a byte-order mark', () => {
    expect(decode(iconv.encode(french, 'utf-16le', { addBOM: true }))).toEqual({
      text: french,
      encoding: 'utf-16le',
    });
    expect(decode(iconv.encode(french, 'utf-16be', { addBOM: true }))).toEqual({
      text: french,
      encoding: 'utf-16be',
    });
  });

  it('reads UTF-16 without a byte-order mark from its NUL pattern', () => {
    const text = 'The prefect declared a state of emergency in Valmont on Tuesday evening.';
    expect(decode(iconv.encode(text, 'utf-16le')).text).toBe(text);
  });

  it('reads Windows-1252 and ISO-8859-1 French text without mojibake', () => {
    const latin = 'Le préfet a déclaré à Valmont : « évacuez », dit-il. Ça déborde déjà.';
    expect(decode(iconv.encode(latin, 'iso-8859-1'))).toEqual({
      text: latin,
      encoding: 'windows-1252',
    });
    // Curly quotes and œ exist in Windows-1252 only (0x92, 0x9c), not in ISO-8859-1.
    expect(decode(iconv.encode(french, 'windows-1252')).text).toBe(french);
  });

  it('turns CRLF line ends into LF', () => {
    expect(decode(Buffer.from('Un.\r\nDeux.\rTrois.')).text).toBe('Un.\nDeux.\nTrois.');
  });

  it('repairs UTF-8 that was double-encoded through Windows-1252', () => {
    const doubled = iconv.decode(Buffer.from(french), 'windows-1252');
    expect(doubled).toContain('Ã©');
    expect(decode(Buffer.from(doubled)).text).toBe(french);
    expect(repairDoubleEncoding('Prix : 10 Â€ ? Non, juste du texte.')).toBe(
      'Prix : 10 Â€ ? Non, juste du texte.',
    );
  });

  it('refuses empty files and binary files with a text extension', () => {
    expect(() => decode(new Uint8Array())).toThrow(/empty/);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
    expect(() => decode(zip)).toThrow(/binary file/);
    const controls = new Uint8Array(200).map((_, index) => (index % 3 === 0 ? 0x01 : 0x41));
    expect(() => decode(controls)).toThrow(/control characters/);
  });
});
