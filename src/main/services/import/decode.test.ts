import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeTextWithEncoding, repairDoubleEncoding } from './decode';

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

  it('reads a web page in the legacy charset its <meta> declares', () => {
    const chinese = '河北省人民政府办公厅关于印发';
    const page = (charset: string, body: string) =>
      `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"/></head><body><p>${body}</p></body></html>`;
    const gb = iconv.encode(page('gb2312', chinese), 'gbk');
    expect(declaredCharset(gb)).toBe('gbk');
    expect(decodeTextWithEncoding(gb, 'page.html')).toMatchObject({ encoding: 'gbk' });
    expect(decodeTextWithEncoding(gb, 'page.html').text).toContain(chinese);
    const polish = 'Sejm zagłosował „za”. Ciężar dyskusji przeniesie się do Senatu.';
    const central = iconv.encode(`<meta charset="windows-1250">${polish}`, 'windows-1250');
    expect(decodeTextWithEncoding(central, 'page.htm').text).toContain(polish);
    // The same bytes in a text file declare nothing: the import still says it cannot read them.
    expect(() => decodeTextWithEncoding(gb, 'page.txt')).toThrow(/GB|characters/);
    expect(declaredCharset(Buffer.from('<meta charset="no-such-charset">'))).toBeNull();
  });

  it('reads a page declared UTF-8 with one character cut in half, or a stray NUL', () => {
    const text = `<meta charset="utf-8"><p>${'Une phrase française assez longue. '.repeat(40)}</p>`;
    const cut = Buffer.concat([Buffer.from(text), Buffer.from([0xc3]), Buffer.from('…</p>')]);
    expect(decodeTextWithEncoding(cut, 'page.html').text).toContain('Une phrase française');
    const nul = Buffer.concat([Buffer.from(text), Buffer.from([0]), Buffer.from('fin')]);
    expect(decodeTextWithEncoding(nul, 'page.html').text).toBe(`${text}fin`);
  });

  it('refuses empty files and binary files with a text extension', () => {
    expect(() => decode(new Uint8Array())).toThrow(/empty/);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
    expect(() => decode(zip)).toThrow(/binary file/);
    const controls = new Uint8Array(200).map((_, index) => (index % 3 === 0 ? 0x01 : 0x41));
    expect(() => decode(controls)).toThrow(/control characters/);
  });
});
