import { describe, expect, it } from 'vitest';
import { libraryQuerySchema } from '../../../../shared/library';
import { isFiltered, NO_FILTERS, toLibraryQuery } from './library-filters';

describe('library filters', () => {
  it('sends only the filters that are set, and the document being deleted', () => {
    expect(toLibraryQuery(NO_FILTERS)).toEqual({ sort: 'newest' });
    const query = toLibraryQuery(
      { sort: 'title', outlet: 'Le Courrier', language: '', tag: 'bilan', year: '2024' },
      7,
    );
    expect(query).toEqual({
      sort: 'title',
      outlet: 'Le Courrier',
      tag: 'bilan',
      year: '2024',
      excludeId: 7,
    });
    expect(libraryQuerySchema.parse(query)).toEqual(query);
  });

  it('tells a filtered library from a merely sorted one', () => {
    expect(isFiltered({ ...NO_FILTERS, sort: 'oldest' })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, year: '2023' })).toBe(true);
  });
});
