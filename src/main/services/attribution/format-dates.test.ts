import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildDocx, buildPdf } from '../../../../tests/support/binary-fixtures';
import { prepareDocument } from '../import/preparation';
import { dayOfPropertyDate, docxDates } from './format-dates';

describe('dates from a file’s own properties', () => {
  it('reads PDF and ISO property dates, refusing impossible days', () => {
    expect(dayOfPropertyDate("D:20241028131552+01'00'")).toBe('2024-10-28');
    expect(dayOfPropertyDate('2024-10-28T13:15:52Z')).toBe('2024-10-28');
    expect(dayOfPropertyDate('D:20240230')).toBeNull();
    expect(dayOfPropertyDate('D:19800101')).toBeNull();
  });

  it('dates a PDF by its info dictionary when the text states no date', async () => {
    const drawn = await PDFDocument.load(
      await buildPdf([
        { lines: ['La digue a cédé dans la nuit, selon la préfecture de Valmont.'] },
      ]),
    );
    drawn.setCreationDate(new Date('2024-10-28T09:00:00Z'));
    const { content } = await prepareDocument(await drawn.save(), 'digue.pdf');
    expect(content).toMatchObject({ publishedAt: '2024-10-28', publishedBasis: 'metadata' });
    expect(content.attribution.date?.evidence[0]).toMatchObject({ kind: 'pdf-info' });
  });

  it('reads a Word document’s creation date from its core properties', async () => {
    const evidence = await docxDates(await buildDocx('Titre', ['Un paragraphe.']));
    expect(evidence).toEqual([
      expect.objectContaining({
        kind: 'docx-properties',
        role: 'date',
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      }),
    ]);
  });
});
