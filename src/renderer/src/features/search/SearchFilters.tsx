import type { LibraryFacets } from '../../../../shared/library';
import { DayField } from '../../components/DayField';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';
import './search.css';

/** The filters a search can carry; empty strings mean "any". */
export interface FilterValues {
  source: string;
  language: string;
  from: string;
  to: string;
}

export const noFilters: FilterValues = { source: '', language: '', from: '', to: '' };

/**
 * The filters as the contract takes them. A source is an outlet, or — for documents whose
 * outlet is unknown — one document, chosen by its title.
 */
export function toSearchFilters(values: FilterValues) {
  const [kind, value] = values.source.split(':', 2) as [string, string | undefined];
  return {
    ...(kind === 'outlet' && value ? { outlet: value } : {}),
    ...(kind === 'document' && value ? { documentId: Number(value) } : {}),
    ...(values.language ? { language: values.language } : {}),
    ...(values.from ? { from: values.from } : {}),
    // Dates are stored with a time; "to" a day includes that whole day.
    ...(values.to ? { to: `${values.to}T23:59:59` } : {}),
  };
}

function sourceOptions(facets: LibraryFacets | null) {
  if (!facets) return [];
  return [
    ...facets.outlets.map((outlet) => ({ value: `outlet:${outlet}`, label: outlet })),
    ...facets.withoutOutlet.map((document) => ({
      value: `document:${document.id}`,
      label: document.title,
    })),
  ];
}

/**
 * Source, language and date filters above the search results. Native selects are used on
 * purpose (dates are typed in segments, in the interface language's order): React Aria's Select opens a popover outside the results box, which
 * would close the results as focus leaves it.
 */
export function SearchFilters({
  values,
  onChange,
}: {
  values: FilterValues;
  onChange: (values: FilterValues) => void;
}) {
  // Filter values come from indexes (`corpus:facets`), never from every document.
  const [facets] = useCall('corpus:facets', {});
  const known = facets?.status === 'ready' ? facets.value : null;
  const languages = known?.languages ?? [];
  const set = (key: keyof FilterValues) => (event: { target: { value: string } }) =>
    onChange({ ...values, [key]: event.target.value });
  return (
    <div className="search-filters" role="group" aria-label={strings.filters.label}>
      <label>
        {strings.filters.source}
        <select value={values.source} onChange={set('source')}>
          <option value="">{strings.filters.any.source}</option>
          {sourceOptions(known).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label.length > 50 ? `${option.label.slice(0, 50)}…` : option.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {strings.filters.language}
        <select value={values.language} onChange={set('language')}>
          <option value="">{strings.filters.any.language}</option>
          {languages.map((language) => (
            <option key={language} value={language}>
              {language.toUpperCase()}
            </option>
          ))}
        </select>
      </label>
      <DayField
        label={strings.filters.from}
        value={values.from}
        onChange={(from) => onChange({ ...values, from })}
      />
      <DayField
        label={strings.filters.to}
        value={values.to}
        onChange={(to) => onChange({ ...values, to })}
      />
    </div>
  );
}
