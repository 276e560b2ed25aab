import type { LibraryQuery, LibrarySort } from '../../../../shared/library';

export type { LibrarySort };

/** The library's filters as the filter bar holds them; empty strings mean "any". */
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

/** True when a filter (not the sort) narrows the library. */
export function isFiltered(filters: LibraryFilters): boolean {
  return Boolean(filters.outlet || filters.language || filters.tag || filters.year);
}

/** The filters as `corpus:page` takes them, leaving out a document being deleted. */
export function toLibraryQuery(filters: LibraryFilters, excludeId?: number): LibraryQuery {
  return {
    sort: filters.sort,
    ...(filters.outlet ? { outlet: filters.outlet } : {}),
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.tag ? { tag: filters.tag } : {}),
    ...(filters.year ? { year: filters.year } : {}),
    ...(excludeId === undefined ? {} : { excludeId }),
  };
}
