import type { DocumentDetail } from '../../../../shared/domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { strings } from '../../lib/strings';
import type { CallState } from '../../lib/useCall';
import { Reader } from './Reader';

interface ReaderViewProps {
  documentId: number | null;
  document: CallState<DocumentDetail> | null;
  corpusEmpty: boolean;
  focusedOrdinal: number | null;
  onReload: () => void;
  onFocusPassage: (documentId: number, ordinal: number) => void;
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
  if (document?.status === 'error')
    return <ErrorMessage error={document.error} onRetry={props.onReload} />;
  if (document?.status !== 'ready') return <p className="muted">{strings.loading}</p>;
  return (
    <Reader
      document={document.value}
      focusedOrdinal={props.focusedOrdinal}
      onFocusPassage={(ordinal) => props.onFocusPassage(document.value.id, ordinal)}
    />
  );
}
