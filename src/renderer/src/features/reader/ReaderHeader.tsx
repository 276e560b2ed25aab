import type { DocumentDetail } from '../../../../shared/domain';
import { strings } from '../../lib/strings';
import { DeleteDocumentButton } from './DeleteDocumentButton';
import { ReaderMetadata } from './ReaderMetadata';

interface ReaderHeaderProps {
  document: DocumentDetail;
  highlightCount: number;
  onDelete?: () => void;
  /** Called after a field was corrected in the header. */
  onChanged?: () => void;
  /** Shows the article's details (fields, set-aside blocks) in the side panel. */
  onShowDetails?: () => void;
}

/** Title, source, date with its basis and evidence (each corrected in place), language, URL. */
export function ReaderHeader({ document, highlightCount, ...actions }: ReaderHeaderProps) {
  const { onDelete, onChanged } = actions;
  return (
    <header className="reader__header">
      <ReaderMetadata document={document} onChanged={onChanged} />
      <div className="reader__actions">
        <span className="muted">
          {strings.passages(document.passages.length)} ·{' '}
          {strings.reader.highlightCount(highlightCount)}
        </span>
        {actions.onShowDetails && (
          <button type="button" onClick={actions.onShowDetails}>
            {strings.source.open}
          </button>
        )}
        {onDelete && (
          <DeleteDocumentButton
            title={document.title}
            highlights={highlightCount}
            onDelete={onDelete}
          />
        )}
      </div>
      <p className="reader__keys muted">{strings.reader.keys}</p>
    </header>
  );
}
