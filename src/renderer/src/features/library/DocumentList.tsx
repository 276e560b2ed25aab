import type { DocumentSummary } from '../../../../shared/domain';
import { SourceLine } from '../../components/SourceLine';
import { strings } from '../../lib/strings';

interface DocumentListProps {
  documents: DocumentSummary[];
  selectedId: number | null;
  onOpen: (id: number) => void;
}

/** The library: every document, newest first, the open one marked. */
export function DocumentList({ documents, selectedId, onOpen }: DocumentListProps) {
  if (documents.length === 0) return <p className="empty-state">{strings.noDocuments}</p>;
  return (
    <ul className="document-list" aria-label={strings.documents}>
      {documents.map((document) => (
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
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
