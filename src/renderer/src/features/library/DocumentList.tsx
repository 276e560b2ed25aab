import { useEffect, useMemo, useRef, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api } from '../../lib/api';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';
import { OrphanedHighlights } from '../reader/OrphanedHighlights';
import { HIGHLIGHTS_CHANGED } from '../reader/useHighlights';
import { LibraryFilterBar } from './LibraryFilterBar';
import { isFiltered, NO_FILTERS, toLibraryQuery, type LibraryFilters } from './library-filters';
import { BulkEditBar } from './BulkEditBar';
import { LibraryRows } from './LibraryRows';
import { useLibraryPages } from './useLibraryPages';
import './library.css';

interface DocumentListProps {
  /** Changes when the corpus did (an import, a deletion, an edit): the list reloads. */
  version: number;
  /** A document waiting out its undo window, hidden from the list. */
  hiddenId: number | null;
  selectedId: number | null;
  onOpen: (id: number) => void;
}

/**
 * The library: documents sorted and filtered in main, fetched a page at a time as they
 * scroll into view, with highlight counts and the open one marked and scrolled to.
 */
export function DocumentList({ version, hiddenId, selectedId, onOpen }: DocumentListProps) {
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [highlightsVersion, setHighlightsVersion] = useState(0);
  useEffect(() => {
    const reload = () => setHighlightsVersion((value) => value + 1);
    window.addEventListener(HIGHLIGHTS_CHANGED, reload);
    return () => window.removeEventListener(HIGHLIGHTS_CHANGED, reload);
  }, []);
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  const [bulkVersion, setBulkVersion] = useState(0);
  const reloads = version + highlightsVersion + bulkVersion;
  const query = useMemo(() => toLibraryQuery(filters, hiddenId ?? undefined), [filters, hiddenId]);
  const pages = useLibraryPages(query, reloads);
  const [facets, reloadFacets] = useCall('corpus:facets', {});
  const [orphaned, reloadOrphaned] = useCall('highlights:orphaned', {});
  // Reloaded when the corpus or a highlight changes, not on mount (useCall just fetched them).
  const loadedFor = useRef(reloads);
  useEffect(() => {
    if (loadedFor.current === reloads) return;
    loadedFor.current = reloads;
    reloadFacets();
    reloadOrphaned();
  }, [reloads, reloadFacets, reloadOrphaned]);
  const loaded = selectedId === null ? undefined : pages.loadedIndex(selectedId);
  const asked = useSelectedIndex(
    query,
    loaded === undefined ? selectedId : null,
    pages.current ? reloads : null,
  );
  const selectedIndex = loaded ?? asked;

  const orphans = orphaned?.status === 'ready' && orphaned.value.length > 0 && (
    <OrphanedHighlights
      highlights={orphaned.value}
      title={strings.libraryTools.orphans(orphaned.value.length)}
      hint={strings.libraryTools.orphansHint}
    />
  );
  if (pages.error && pages.total === null) {
    return <ErrorMessage error={pages.error} onRetry={pages.retry} />;
  }
  if (facets?.status === 'error')
    return <ErrorMessage error={facets.error} onRetry={reloadFacets} />;
  if (pages.total === null || facets?.status !== 'ready') {
    return <p className="muted">{strings.loading}</p>;
  }
  const filtered = isFiltered(filters);
  const documents = facets.value.documents - (hiddenId === null ? 0 : 1);
  if (!filtered && pages.total === 0) {
    return (
      <>
        <p className="empty-state">{strings.noDocumentsShort}</p>
        {orphans}
      </>
    );
  }
  return (
    <>
      <LibraryFilterBar filters={filters} options={facets.value} onChange={setFilters} />
      {filtered && (
        <p className="library-filters__summary muted">
          {strings.libraryTools.shown(pages.total, documents)}{' '}
          <button type="button" className="link" onClick={() => setFilters(NO_FILTERS)}>
            {strings.libraryTools.clearFilters}
          </button>
        </p>
      )}
      {pages.total === 0 && <p className="empty-state">{strings.libraryTools.noMatch}</p>}
      {pages.error && <ErrorMessage error={pages.error} onRetry={pages.retry} />}
      {checked.size > 0 && (
        <BulkEditBar
          ids={[...checked]}
          onDone={() => setBulkVersion((value) => value + 1)}
          onClear={() => setChecked(new Set())}
        />
      )}
      <LibraryRows
        checked={checked}
        onCheck={(id, on) =>
          setChecked((current) => {
            const next = new Set(current);
            if (on) next.add(id);
            else next.delete(id);
            return next;
          })
        }
        total={pages.total}
        rowAt={pages.rowAt}
        onNeed={pages.ensure}
        selectedId={selectedId}
        selectedIndex={selectedIndex}
        onOpen={onOpen}
        orderKey={JSON.stringify(filters)}
      />
      {orphans}
    </>
  );
}

/**
 * Where the open document sits in the library's order, asked of main when it is not among the
 * rows loaded (opened from a search, or after a new sort), so the list can scroll it into view.
 */
function useSelectedIndex(
  query: ReturnType<typeof toLibraryQuery>,
  selectedId: number | null,
  reloads: number | null,
) {
  const [found, setFound] = useState<{ key: string; index: number | null } | null>(null);
  const key = `${selectedId} ${reloads} ${JSON.stringify(query)}`;
  useEffect(() => {
    if (selectedId === null || reloads === null) return;
    let current = true;
    void api.invoke('corpus:position', { ...query, id: selectedId }).then((result) => {
      if (current) setFound({ key, index: result.ok ? result.value : null });
    });
    return () => {
      current = false;
    };
    // `key` stands for the query's JSON.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return found?.key === key ? found.index : null;
}
