import { useRef, useState, type CSSProperties } from 'react';
import { Button, Input, ListBox, ListBoxItem, SearchField } from 'react-aria-components';
import type { PassageHit } from '../../../../shared/domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Snippet } from '../../components/Snippet';
import { SourceLine, sourceLineOf } from '../../components/SourceLine';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';
import { useDebounced } from '../../lib/useDebounced';
import { request, useRequest } from '../../lib/requests';
import { noFilters, SearchFilters, toSearchFilters } from './SearchFilters';
import './search.css';
import '../../components/hit-list.css';
import '../../components/field.css';

/** Space kept between the results list and the window's right edge (px). */
const RESULTS_MARGIN = 16;

/**
 * Search-as-you-type over passages. The field and the result list are React Aria widgets:
 * ↓ or Enter moves into the results, arrows move between them, Enter opens one, Esc clears.
 */
export function SearchBox({ onOpen }: { onOpen: (hit: PassageHit) => void }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [filters, setFilters] = useState(noFilters);
  const debounced = useDebounced(query.trim(), 120);
  const [state, reload] = useCall(
    'search:query',
    debounced ? { query: debounced, limit: 20, filters: toSearchFilters(filters) } : null,
    { keepPrevious: true },
  );
  const container = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);

  // The room right of the field's left edge, so a results list wider than the field stays in
  // the window; read when the list opens (the window cannot be resized while typing in it).
  const [room, setRoom] = useState<string | undefined>(undefined);
  const measureRoom = () => {
    const left = container.current?.getBoundingClientRect().left ?? 0;
    setRoom(`${Math.max(0, window.innerWidth - left - RESULTS_MARGIN)}px`);
  };

  // The command palette's "Search passages for …" (Ctrl/Cmd+K opens the palette): the words go
  // into this field and its results open, as if typed here.
  useRequest('search', ({ query: words }) => {
    setQuery(words);
    measureRoom();
    setOpen(true);
    container.current?.querySelector('input')?.focus();
  });

  const hits = state?.status === 'ready' ? state.value : [];
  const focusResults = () => list.current?.querySelector<HTMLElement>('[role="option"]')?.focus();
  return (
    <div
      className="search"
      ref={container}
      onFocus={() => {
        measureRoom();
        setOpen(true);
      }}
      onBlur={(event) => {
        if (!container.current?.contains(event.relatedTarget as Node)) setOpen(false);
      }}
    >
      <SearchField
        aria-label={strings.searchLabel}
        value={query}
        onChange={(value) => {
          setQuery(value);
          setOpen(true);
        }}
        onSubmit={focusResults}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') focusResults();
          else event.continuePropagation();
        }}
        className={`search__field${query ? '' : ' search__field--keys'}`}
      >
        <Input
          className="text-input"
          placeholder={strings.searchPlaceholder}
          title={strings.searchPlaceholder}
        />
      </SearchField>
      {/* The palette's key, where the search field used to show it: pressing it opens the
          palette (whose first entry searches too). Outside the SearchField, whose own buttons
          clear it. Hidden while typing, to leave the words room. */}
      {!query && (
        <Button
          className="search__keys"
          // The name holds the key it shows, for those who speak or click it by what they see.
          aria-label={strings.palette.open}
          aria-keyshortcuts="Control+K Meta+K"
          onPress={() => request({ kind: 'palette' })}
        >
          {strings.palette.shortcut}
        </Button>
      )}
      {open && debounced && (
        <div
          className="search__results"
          role="region"
          aria-label={strings.results(hits.length)}
          style={{ '--results-room': room } as CSSProperties}
        >
          <SearchFilters values={filters} onChange={setFilters} />
          {state?.status === 'error' && <ErrorMessage error={state.error} onRetry={reload} />}
          {state?.status === 'ready' && (
            <p className="muted search__count" aria-live="polite">
              {hits.length === 0 ? strings.noResults(debounced) : strings.results(hits.length)}
            </p>
          )}
          <ListBox
            ref={list}
            aria-label={strings.searchLabel}
            items={hits}
            selectionMode="none"
            onAction={(key) => {
              const hit = hits.find((candidate) => candidate.passageId === key);
              if (hit) {
                setOpen(false);
                onOpen(hit);
              }
            }}
            className="hit-list"
          >
            {(hit) => (
              <ListBoxItem id={hit.passageId} textValue={hit.text} className="hit">
                <SourceLine {...sourceLineOf(hit)} />
                <span className="hit__text">
                  <Snippet parts={hit.snippet} />
                </span>
              </ListBoxItem>
            )}
          </ListBox>
        </div>
      )}
    </div>
  );
}
