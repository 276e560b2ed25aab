import type { LibraryFacets } from '../../../../shared/library';
import { strings } from '../../lib/strings';
import type { LibraryFilters, LibrarySort } from './library-filters';

interface LibraryFilterBarProps {
  filters: LibraryFilters;
  options: Pick<LibraryFacets, 'outlets' | 'languages' | 'years' | 'tags'>;
  onChange: (filters: LibraryFilters) => void;
}

// Catalog keys, not labels: the labels are read at each render, in the interface language.
const sorts: [
  LibrarySort,
  'sortNewest' | 'sortOldest' | 'sortTitle' | 'sortOutlet' | 'sortHighlights',
][] = [
  ['newest', 'sortNewest'],
  ['oldest', 'sortOldest'],
  ['title', 'sortTitle'],
  ['outlet', 'sortOutlet'],
  ['highlights', 'sortHighlights'],
];

/** Sort and filter controls above the document list (native selects: accessible as they are). */
export function LibraryFilterBar({ filters, options, onChange }: LibraryFilterBarProps) {
  const choice = (
    key: 'outlet' | 'language' | 'year' | 'tag',
    label: string,
    values: string[],
    show: (value: string) => string = (value) => value,
  ) =>
    values.length > 0 && (
      <label className="library-filters__field">
        <span>{label}</span>
        <select
          value={filters[key]}
          onChange={(event) => onChange({ ...filters, [key]: event.target.value })}
        >
          <option value="">{strings.libraryTools.any[key]}</option>
          {values.map((value) => (
            <option key={value} value={value}>
              {show(value)}
            </option>
          ))}
        </select>
      </label>
    );
  return (
    <div className="library-filters">
      <label className="library-filters__field library-filters__field--sort">
        <span>{strings.libraryTools.sort}</span>
        <select
          value={filters.sort}
          onChange={(event) => onChange({ ...filters, sort: event.target.value as LibrarySort })}
        >
          {sorts.map(([value, label]) => (
            <option key={value} value={value}>
              {strings.libraryTools[label]}
            </option>
          ))}
        </select>
      </label>
      {choice('outlet', strings.libraryTools.outlet, options.outlets)}
      {choice('year', strings.libraryTools.year, options.years)}
      {choice('language', strings.libraryTools.language, options.languages, (code) =>
        strings.reader.language(code),
      )}
      {choice('tag', strings.libraryTools.tag, options.tags)}
    </div>
  );
}
