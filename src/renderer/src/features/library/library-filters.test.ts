import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../shared/domain';
import { applyFilters, filterOptions, NO_FILTERS, type DocumentExtras } from './library-filters';

const summary = (id: number, fields: Partial<DocumentSummary>): DocumentSummary => ({
  id,
  title: `Doc ${id}`,
  fileName: `${id}.txt`,
  format: 'txt',
  outlet: null,
  author: null,
  url: null,
  publishedAt: null,
  publishedAtSource: null,
  language: 'fr',
  importedAt: '2024-01-01',
  passageCount: 1,
  ...fields,
});

const documents = [
  summary(1, { outlet: 'Le Courrier', publishedAt: '2024-10-02', title: 'Bravo' }),
  summary(2, { outlet: 'La Gazette', publishedAt: '2024-11-05', title: 'alpha' }),
  summary(3, { language: 'en', title: 'Charlie' }),
  summary(4, { outlet: 'Le Courrier', publishedAt: '2023-05-01', title: 'Delta' }),
];
const extras = new Map<number, DocumentExtras>([
  [4, { highlights: 3, tags: ['bilan'] }],
  [1, { highlights: 1, tags: ['maire', 'bilan'] }],
]);
const ids = (list: DocumentSummary[]) => list.map((document) => document.id);

describe('library filters', () => {
  it('sorts by date either way with undated documents last, by title, and by highlights', () => {
    expect(ids(applyFilters(documents, extras, NO_FILTERS))).toEqual([2, 1, 4, 3]);
    expect(ids(applyFilters(documents, extras, { ...NO_FILTERS, sort: 'oldest' }))).toEqual([
      4, 1, 2, 3,
    ]);
    expect(ids(applyFilters(documents, extras, { ...NO_FILTERS, sort: 'title' }))).toEqual([
      2, 1, 3, 4,
    ]);
    expect(ids(applyFilters(documents, extras, { ...NO_FILTERS, sort: 'highlights' }))).toEqual([
      4, 1, 2, 3,
    ]);
  });

  it('filters by outlet, language, year and tag', () => {
    const only = (filters: Partial<typeof NO_FILTERS>) =>
      ids(applyFilters(documents, extras, { ...NO_FILTERS, ...filters }));
    expect(only({ outlet: 'Le Courrier' })).toEqual([1, 4]);
    expect(only({ language: 'en' })).toEqual([3]);
    expect(only({ year: '2024' })).toEqual([2, 1]);
    expect(only({ tag: 'bilan', year: '2023' })).toEqual([4]);
  });

  it('offers the values present in the corpus', () => {
    expect(filterOptions(documents, extras)).toEqual({
      outlets: ['La Gazette', 'Le Courrier'],
      languages: ['en', 'fr'],
      years: ['2024', '2023'],
      tags: ['bilan', 'maire'],
    });
  });
});
