import type { DocumentDetail, Passage } from '../../../shared/domain';
import type { PassageSource } from '../../../shared/note-content';
import { publishedRangeOf } from '../../../shared/published-range';

/** The drag-and-drop type that carries a passage (with its source) from the reader to a note. */
export const PASSAGE_MIME = 'application/x-recoupe-passage';

/** The window event that asks the open note to quote a passage ("Quote in note"). */
export const QUOTE_EVENT = 'recoupe:quote-passage';

/** What the reader knows about a passage, snapshotted as a citation source. */
export function passageSource(
  document: DocumentDetail,
  passage: Passage,
  text = passage.text,
): PassageSource {
  return {
    passageId: passage.id,
    documentId: document.id,
    ordinal: passage.ordinal,
    text,
    title: document.title,
    outlet: document.outlet,
    author: document.author,
    publishedAt: document.publishedAt,
    // How the date is known travels with the snapshot, so a citation that outlives its document
    // still marks an estimate (and an open-ended one as "or later").
    publishedBasis: document.publishedBasis,
    ...publishedRangeOf(document),
    url: document.url,
  };
}

/** The words selected inside one passage element, or null when the selection is elsewhere. */
export function selectedWordsIn(element: Element): string | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.commonAncestorContainer)) return null;
  const text = selection.toString().replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/**
 * Puts a passage on a drag: the selected words when the drag started from a selection inside
 * it, else the whole passage. Plain text goes along for other drop targets.
 */
export function setPassageDragData(
  event: { dataTransfer: DataTransfer | null; currentTarget: Element },
  document: DocumentDetail,
  passage: Passage,
): void {
  if (!event.dataTransfer) return;
  const source = passageSource(
    document,
    passage,
    selectedWordsIn(event.currentTarget) ?? undefined,
  );
  event.dataTransfer.setData(PASSAGE_MIME, JSON.stringify(source));
  if (!event.dataTransfer.types.includes('text/plain'))
    event.dataTransfer.setData('text/plain', source.text);
  event.dataTransfer.effectAllowed = 'copy';
}

/**
 * The passage a drag carries, if any, and whether its source is only partly known (a drag
 * from the grip carries the passage id and words; the rest comes from the corpus).
 */
export function readPassageDragData(
  transfer: DataTransfer | null,
): { source: PassageSource; partial: boolean } | null {
  const raw = transfer?.getData(PASSAGE_MIME);
  if (!raw) return null;
  try {
    const data = JSON.parse(raw) as Partial<PassageSource>;
    if (typeof data.passageId !== 'number' || typeof data.text !== 'string') return null;
    const partial = typeof data.title !== 'string';
    const source: PassageSource = {
      documentId: 0,
      ordinal: 0,
      title: '',
      outlet: null,
      author: null,
      publishedAt: null,
      url: null,
      ...data,
      passageId: data.passageId,
      text: data.text,
    };
    return { source, partial };
  } catch {
    return null;
  }
}

/** Asks the side panel to quote a passage in the open note (or a new one). */
export function requestQuote(passageId: number, text: string): void {
  window.dispatchEvent(new CustomEvent(QUOTE_EVENT, { detail: { passageId, text } }));
}
