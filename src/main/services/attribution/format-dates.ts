import JSZip from 'jszip';
import type { DateEvidence } from '../../../shared/attribution';

/** `D:20241028131552+01'00'` (a PDF date) or an ISO timestamp, as a day; null otherwise. */
export function dayOfPropertyDate(text: string | undefined | null): string | null {
  if (!text) return null;
  const pdf = /^D:(\d{4})(\d{2})(\d{2})/.exec(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  const [, year, month, day] = pdf ?? iso ?? [];
  if (!year || year < '1990') return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day) ? `${year}-${month}-${day}` : null;
}

/** A PDF info dictionary's creation date as evidence (when the file was made: often its publication). */
export function pdfDates(info: { CreationDate?: string } | undefined): DateEvidence[] {
  const day = dayOfPropertyDate(info?.CreationDate);
  return day ? [{ kind: 'pdf-info', words: info!.CreationDate!, role: 'date', date: day }] : [];
}

/** A Word document's core properties: its creation date as evidence. */
export async function docxDates(bytes: Uint8Array): Promise<DateEvidence[]> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const core = await zip.file('docProps/core.xml')?.async('string');
    const created = core && /<dcterms:created[^>]*>([^<]+)</.exec(core)?.[1];
    const day = dayOfPropertyDate(created);
    return day && created
      ? [{ kind: 'docx-properties', words: created, role: 'date', date: day }]
      : [];
  } catch {
    // The document itself was readable; its properties are a bonus.
    return [];
  }
}
