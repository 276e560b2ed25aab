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
}

/** Title, source, date with its basis and evidence (each corrected in place), language, URL. */
export function ReaderHeader({ document, highlightCount, onDelete, onChanged }: ReaderHeaderProps) {
  return (
    <header className="reader__header">
      <ReaderMetadata document={document} onChanged={onChanged} />
      <div className="reader__actions">
        <span className="muted">
          {strings.passages(document.passages.length)} ·{' '}
          {strings.reader.highlightCount(highlightCount)}
        </span>
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
