import type { PassageSource } from '../../../shared/note-content';
import { isClosedRangeEstimate, isOpenEndedEstimate } from '../../../shared/published-range';
import type { ExportOptions } from '../../../shared/notes-domain';
import { exportWords } from './export-words';
import { escapeText, visibleUrl } from './markdown-text';

/** A title usable inside `[[…]]`: Obsidian and Zettlr forbid these characters in link targets. */
function wikiTarget(title: string): string {
  return title
    .replace(/[[\]|#^\n\r]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "Outlet, *Title*, Author, 12 October 2024. <url>": the source of a quotation, checkable
 * anywhere, its date worded in the export's language.
 */
export function sourceReference(source: PassageSource, options: ExportOptions): string {
  const words = exportWords(options.language);
  const day = source.publishedAt && words.date(source.publishedAt);
  // An estimate is written as the reader shows it: a bound, a range, or a day.
  const published = !day
    ? day
    : isOpenEndedEstimate(source)
      ? words.orLater(day)
      : isClosedRangeEstimate(source)
        ? words.between(words.date(source.publishedEarliest!), words.date(source.publishedLatest!))
        : day;
  const title =
    options.linkStyle === 'wiki'
      ? `[[${wikiTarget(source.title)}]]`
      : `*${escapeText(source.title)}*`;
  const parts = [
    source.outlet && escapeText(source.outlet),
    title,
    source.author && escapeText(source.author),
    published &&
      escapeText(
        source.publishedBasis === 'estimated' ? `${published} ${words.estimated}` : published,
      ),
  ].filter(Boolean);
  const url = source.url ? ` ${visibleUrl(source.url)}` : '';
  // A title or name that already ends a sentence takes no second full stop.
  const last = [source.outlet, source.title, source.author, source.publishedAt]
    .filter(Boolean)
    .at(-1);
  const stop = /[.!?…]$/.test(last ?? '') ? '' : '.';
  return `${parts.join(', ')}${stop}${url}`;
}

/** The citation line after a block quotation. */
export function citationLine(source: PassageSource, options: ExportOptions, gone: boolean): string {
  const note = gone ? ` ${exportWords(options.language).sourceGone}` : '';
  return `— ${sourceReference(source, options)}${note}`;
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
