import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { crc32, createDeflateRaw } from 'node:zlib';
import { PDFDocument, PDFHexString, PDFName, StandardFonts } from 'pdf-lib';

/**
 * Builds the PDF and Word fixtures in memory from readable text, so the tests hold no opaque
 * binaries: pdf-lib draws the text layer (or only shapes, for a "scanned" page), docx writes
 * a Word document with real heading and paragraph styles.
 */

/** One PDF page: lines drawn top-down at 12 pt, '' leaving a paragraph gap. */
export interface PdfPageSpec {
  lines: string[];
  header?: string;
  footer?: string;
}

/** A PDF whose pages carry the given lines as real text. */
export async function buildPdf(pages: PdfPageSpec[]): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (const spec of pages) {
    const page = document.addPage([595, 842]);
    if (spec.header) page.drawText(spec.header, { x: 50, y: 800, size: 9, font });
    let y = 750;
    for (const line of spec.lines) {
      if (line) page.drawText(line, { x: 50, y, size: 12, font });
      y -= line ? 15 : 22;
    }
    if (spec.footer) page.drawText(spec.footer, { x: 280, y: 30, size: 9, font });
  }
  return document.save();
}

/** A one-page PDF with a title across the page, then two columns of lines. */
export async function buildTwoColumnPdf(
  title: string,
  left: string[],
  right: string[],
): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const page = document.addPage([595, 842]);
  page.drawText(title, { x: 50, y: 780, size: 16, font });
  left.forEach((line, index) =>
    page.drawText(line, { x: 50, y: 740 - index * 15, size: 10, font }),
  );
  right.forEach((line, index) =>
    page.drawText(line, { x: 310, y: 740 - index * 15, size: 10, font }),
  );
  return document.save();
}

/** A PDF with pages of drawn shapes and no text at all, like a scan. */
export async function buildScannedPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 400, width: 400, height: 300, borderWidth: 2 });
  return document.save();
}

/** A PDF whose trailer declares standard encryption with a user password it does not hold. */
export async function buildEncryptedPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage([595, 842]);
  const context = document.context;
  const encrypt = context.obj({
    Filter: 'Standard',
    V: 1,
    R: 2,
    O: PDFHexString.of('7a'.repeat(32)),
    U: PDFHexString.of('3c'.repeat(32)),
    P: -44,
  });
  context.trailerInfo.Encrypt = context.register(encrypt);
  context.trailerInfo.ID = context.obj([
    PDFHexString.of('ab'.repeat(16)),
    PDFHexString.of('ab'.repeat(16)),
  ]);
  void PDFName;
  return document.save({ useObjectStreams: false });
}

/** A Word document: a title heading, then paragraphs. */
export async function buildDocx(title: string, paragraphs: string[]): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
          ...paragraphs.map((text) => new Paragraph({ text })),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/**
 * A Word document whose word/document.xml inflates to `inflatedBytes` of XML from a file of a
 * few hundred KB. Deflated natively in 1 MB chunks so the test never holds the inflated part,
 * and zipped by hand because zip libraries would hold it (or deflate it slowly in JavaScript).
 */
export async function buildDocxBomb(inflatedBytes: number): Promise<Uint8Array> {
  const chunk = Buffer.alloc(1024 * 1024, ' ');
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>',
  );
  let crc = crc32(head);
  const pieces = [head];
  for (let written = head.length; written < inflatedBytes; written += chunk.length) {
    crc = crc32(chunk, crc);
    pieces.push(chunk);
  }
  const size = head.length + (pieces.length - 1) * chunk.length;
  const deflated = await buffer(Readable.from(pieces).pipe(createDeflateRaw({ level: 9 })));
  return zipStored([{ name: 'word/document.xml', data: deflated, crc, size }]);
}

interface ZipEntry {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
}

/** A zip of already deflated entries: local headers, data, central directory, end record. */
function zipStored(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(0, at + 2); // flags
      header.writeUInt16LE(8, at + 4); // deflate
      header.writeUInt32LE(0, at + 6); // time and date
      header.writeUInt32LE(entry.crc >>> 0, at + 10);
      header.writeUInt32LE(entry.data.length, at + 14);
      header.writeUInt32LE(entry.size, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
