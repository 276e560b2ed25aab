import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
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
