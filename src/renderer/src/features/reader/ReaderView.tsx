import type { DocumentDetail } from '../../../../shared/domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { strings } from '../../lib/strings';
import type { CallState } from '../../lib/useCall';
import { Reader } from './Reader';
import { ReaderErrorBoundary } from './ReaderErrorBoundary';

interface ReaderViewProps {
  documentId: number | null;
  document: CallState<DocumentDetail> | null;
  corpusEmpty: boolean;
  focusedOrdinal: number | null;
  onReload: () => void;
  onFocusPassage: (documentId: number, ordinal: number) => void;
  /** Opens the side panel of the current passage's context. */
  onShowContext?: (target: 'context' | 'details') => void;
  /** Asks to delete the open document (the caller confirms the undo window). */
  onDelete?: (document: DocumentDetail) => void;
  /** Called after a field was corrected in the reader header. */
  onChanged?: () => void;
}

/** Leaves the document for the library, keeping history. */
function closeDocument() {
  window.history.pushState(null, '', '/');
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** Moves to a passage in place: the hash changes without a new history entry. */
function stepTo(ordinal: number) {
  window.location.replace(`#passage-${ordinal}`);
}

/**
 * Follows the passage the reader is working in (a selection) without scrolling to it: the
 * address changes in place and the app re-reads it, where a hash change would jump.
 */
function followTo(ordinal: number) {
  window.history.replaceState(null, '', `#passage-${ordinal}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** The reader's main pane: an empty state, a loading line, an error, or the document. */
export function ReaderView(props: ReaderViewProps) {
  const { documentId, document } = props;
  if (!documentId) {
    return (
      <p className="empty-state empty-state--main">
        {props.corpusEmpty ? strings.noDocuments : strings.noDocumentOpen}
      </p>
    );
  }
  if (document?.status === 'error') {
    return (
      <div>
        <ErrorMessage error={document.error} onRetry={props.onReload} />
        <p className="empty-state--main">
          <button type="button" onClick={closeDocument}>
            {strings.reader.closeDocument}
          </button>
        </p>
      </div>
    );
  }
  if (document?.status !== 'ready')
    return <p className="muted reader-loading">{strings.loading}</p>;
  const { onDelete } = props;
  return (
    <ReaderErrorBoundary key={document.value.id} onClose={closeDocument}>
      <Reader
        key={document.value.id}
        document={document.value}
        focusedOrdinal={props.focusedOrdinal}
        onFocusPassage={(ordinal) => props.onFocusPassage(document.value.id, ordinal)}
        onStepTo={stepTo}
        onFollow={followTo}
        onShowContext={props.onShowContext}
        onDelete={onDelete && (() => onDelete(document.value))}
        onChanged={props.onChanged}
      />
    </ReaderErrorBoundary>
  );
}
