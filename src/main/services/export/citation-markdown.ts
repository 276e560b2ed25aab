import type { PassageSource } from '../../../shared/note-content';
import type { ExportOptions } from '../../../shared/notes-domain';
import { escapeText, visibleUrl } from './markdown-text';

/** The publish date as an unambiguous ISO day (or as stored when it is not a full date). */
function isoDay(date: string | null): string | null {
  if (!date) return null;
  return /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : date;
}

/** The date as written in a citation: an estimate says it is one. */
function datedAs(source: PassageSource): string {
  const day = isoDay(source.publishedAt)!;
  return source.publishedBasis === 'estimated' ? `${day} (estimated)` : day;
}

/** A title usable inside `[[…]]`: Obsidian and Zettlr forbid these characters in link targets. */
function wikiTarget(title: string): string {
  return title
    .replace(/[[\]|#^\n\r]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Outlet, *Title*, Author, 2024-10-12. <url>": the source of a quotation, checkable anywhere. */
export function sourceReference(source: PassageSource, options: ExportOptions): string {
  const title =
    options.linkStyle === 'wiki'
      ? `[[${wikiTarget(source.title)}]]`
      : `*${escapeText(source.title)}*`;
  const parts = [
    source.outlet && escapeText(source.outlet),
    title,
    source.author && escapeText(source.author),
    isoDay(source.publishedAt) && escapeText(datedAs(source)),
  ].filter(Boolean);
  const url = source.url ? ` ${visibleUrl(source.url)}` : '';
  // A title or name that already ends a sentence takes no second full stop.
  const last = [source.outlet, source.title, source.author, source.publishedAt]
    .filter(Boolean)
    .at(-1);
  const stop = /[.!?…]$/.test(last ?? '') ? '' : '.';
  return `${parts.join(', ')}${stop}${url}`;
}

/** What a citation says when its document is no longer in the corpus. */
export const SOURCE_GONE = '(source deleted from the corpus; quoted as saved)';

/** The citation line after a block quotation. */
export function citationLine(source: PassageSource, options: ExportOptions, gone: boolean): string {
  return `— ${sourceReference(source, options)}${gone ? ` ${SOURCE_GONE}` : ''}`;
}

/** The words of a quotation, escaped, its lines joined the way Markdown keeps them apart. */
export function quotedWords(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => escapeText(paragraph.replace(/\s*\n\s*/g, ' ').trim()))
    .filter((paragraph) => paragraph !== '');
}

/** The key under which a source is listed once in "Sources". */
export function sourceKey(source: PassageSource): string {
  return `${source.documentId}\u0000${source.title}\u0000${source.url ?? ''}`;
}
