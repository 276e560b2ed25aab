import type { DocumentSummary } from '../../../../shared/domain';

/** How the library is sorted. */
export type LibrarySort = 'newest' | 'oldest' | 'title' | 'outlet' | 'highlights';

/** The library's filters; empty strings mean "any". */
export interface LibraryFilters {
  sort: LibrarySort;
  outlet: string;
  language: string;
  tag: string;
  year: string;
}

/** No filter, newest first. */
export const NO_FILTERS: LibraryFilters = {
  sort: 'newest',
  outlet: '',
  language: '',
  tag: '',
  year: '',
};

/** Highlight count and tags of one document. */
export interface DocumentExtras {
  highlights: number;
  tags: string[];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The distinct values a filter can take, sorted. */
export function filterOptions(
  documents: readonly DocumentSummary[],
  extras: ReadonlyMap<number, DocumentExtras>,
) {
  const distinct = (values: (string | null | undefined)[]) =>
    [...new Set(values.filter((value): value is string => Boolean(value)))].sort(collator.compare);
  return {
    outlets: distinct(documents.map((document) => document.outlet)),
    languages: distinct(documents.map((document) => document.language)),
    years: distinct(documents.map((document) => document.publishedAt?.slice(0, 4))).reverse(),
    tags: distinct([...extras.values()].flatMap((extra) => extra.tags)),
  };
}

/** The documents that pass the filters, in the chosen order (undated ones last by date). */
export function applyFilters(
  documents: readonly DocumentSummary[],
  extras: ReadonlyMap<number, DocumentExtras>,
  filters: LibraryFilters,
): DocumentSummary[] {
  const kept = documents.filter(
    (document) =>
      (!filters.outlet || document.outlet === filters.outlet) &&
      (!filters.language || document.language === filters.language) &&
      (!filters.year || document.publishedAt?.startsWith(filters.year)) &&
      (!filters.tag || extras.get(document.id)?.tags.includes(filters.tag)),
  );
  // Undated documents go last whichever way dates are sorted.
  const undatedLast = (a: DocumentSummary, b: DocumentSummary) =>
    Number(!a.publishedAt) - Number(!b.publishedAt);
  const newest = (a: DocumentSummary, b: DocumentSummary) =>
    undatedLast(a, b) || (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.id - a.id;
  const compare: Record<LibrarySort, (a: DocumentSummary, b: DocumentSummary) => number> = {
    newest,
    oldest: (a, b) =>
      undatedLast(a, b) || (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.id - b.id,
    title: (a, b) => collator.compare(a.title, b.title),
    outlet: (a, b) => collator.compare(a.outlet ?? '\uffff', b.outlet ?? '\uffff') || newest(a, b),
    highlights: (a, b) =>
      (extras.get(b.id)?.highlights ?? 0) - (extras.get(a.id)?.highlights ?? 0) || newest(a, b),
  };
  return kept.sort(compare[filters.sort]);
}
