import { useEffect, useMemo, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/domain';
import { SourceLine } from '../../components/SourceLine';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';
import { OrphanedHighlights } from '../reader/OrphanedHighlights';
import { HIGHLIGHTS_CHANGED } from '../reader/useHighlights';
import { LibraryFilterBar } from './LibraryFilterBar';
import {
  applyFilters,
  filterOptions,
  NO_FILTERS,
  type DocumentExtras,
  type LibraryFilters,
} from './library-filters';
import './library.css';

interface DocumentListProps {
  documents: DocumentSummary[];
  selectedId: number | null;
  onOpen: (id: number) => void;
}

/** The library: documents sorted and filtered, with highlight counts, the open one marked. */
export function DocumentList({ documents, selectedId, onOpen }: DocumentListProps) {
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [counts, reloadCounts] = useCall('highlights:counts', {});
  const [orphaned, reloadOrphaned] = useCall('highlights:orphaned', {});
  useEffect(() => {
    const reload = () => {
      reloadCounts();
      reloadOrphaned();
    };
    reload();
    window.addEventListener(HIGHLIGHTS_CHANGED, reload);
    return () => window.removeEventListener(HIGHLIGHTS_CHANGED, reload);
  }, [documents, reloadCounts, reloadOrphaned]);
  const extras = useMemo(
    () =>
      new Map<number, DocumentExtras>(
        counts?.status === 'ready' ? counts.value.map((count) => [count.documentId, count]) : [],
      ),
    [counts],
  );
  const options = useMemo(() => filterOptions(documents, extras), [documents, extras]);
  const shown = useMemo(
    () => applyFilters(documents, extras, filters),
    [documents, extras, filters],
  );
  const filtered = shown.length !== documents.length;
  const orphans = orphaned?.status === 'ready' && orphaned.value.length > 0 && (
    <OrphanedHighlights
      highlights={orphaned.value}
      title={strings.libraryTools.orphans(orphaned.value.length)}
      hint={strings.libraryTools.orphansHint}
    />
  );
  if (documents.length === 0) {
    return (
      <>
        <p className="empty-state">{strings.noDocuments}</p>
        {orphans}
      </>
    );
  }
  return (
    <>
      <LibraryFilterBar filters={filters} options={options} onChange={setFilters} />
      {filtered && (
        <p className="library-filters__summary muted">
          {strings.libraryTools.shown(shown.length, documents.length)}{' '}
          <button type="button" className="link" onClick={() => setFilters(NO_FILTERS)}>
            {strings.libraryTools.clearFilters}
          </button>
        </p>
      )}
      {shown.length === 0 && <p className="empty-state">{strings.libraryTools.noMatch}</p>}
      <ul className="document-list" aria-label={strings.documents}>
        {shown.map((document) => {
          const highlights = extras.get(document.id)?.highlights ?? 0;
          return (
            <li key={document.id}>
              <button
                type="button"
                className="document-list__item"
                aria-current={document.id === selectedId ? 'page' : undefined}
                onClick={() => onOpen(document.id)}
              >
                <span className="document-list__title">{document.title}</span>
                <span className="document-list__meta">
                  <SourceLine outlet={document.outlet} publishedAt={document.publishedAt} />
                  {' · '}
                  {strings.passages(document.passageCount)}
                  {highlights > 0 && ` · ${strings.reader.highlightCount(highlights)}`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {orphans}
    </>
  );
}
