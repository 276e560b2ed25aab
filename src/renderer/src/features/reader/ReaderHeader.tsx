import type { DocumentDetail } from '../../../../shared/domain';
import { formatDate } from '../../lib/format';
import { strings } from '../../lib/strings';
import { DeleteDocumentButton } from './DeleteDocumentButton';

interface ReaderHeaderProps {
  document: DocumentDetail;
  highlightCount: number;
  onDelete?: () => void;
  /** Shows the article's details (fields, set-aside blocks) in the side panel. */
  onShowDetails?: () => void;
}

/** Title, source, date with where it came from, language, and the original URL behind a click. */
export function ReaderHeader({ document, highlightCount, ...actions }: ReaderHeaderProps) {
  const { onDelete } = actions;
  const published = formatDate(document.publishedAt);
  const date =
    published &&
    `${published}${document.publishedAtSource ? ` (${strings.dateFrom[document.publishedAtSource]})` : ''}`;
  const meta = [
    document.outlet,
    document.author,
    date,
    document.language && strings.reader.language(document.language),
  ].filter(Boolean);
  return (
    <header className="reader__header">
      <h1>{document.title}</h1>
      <p className="reader__meta">{meta.join(' · ') || document.fileName}</p>
      {document.url && (
        <p className="reader__url">
          {/* Electron's window-open handler sends http(s) links to the system browser. */}
          <a href={document.url} target="_blank" rel="noopener noreferrer">
            {document.url}
          </a>{' '}
          <span className="muted">{strings.reader.opensInBrowser}</span>
        </p>
      )}
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
