import { useEffect, useRef } from 'react';
import type { DocumentDetail } from '../../../../shared/domain';
import { setPassageDragData } from '../../editor/passage-transfer';
import { formatDate } from '../../lib/format';
import { strings } from '../../lib/strings';

interface ReaderProps {
  document: DocumentDetail;
  focusedOrdinal: number | null;
  onFocusPassage: (ordinal: number) => void;
}

/** One document's clean text, passage by passage; the focused passage scrolls into view and flashes. */
export function Reader({ document, focusedOrdinal, onFocusPassage }: ReaderProps) {
  const container = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusedOrdinal === null) {
      container.current?.scrollTo({ top: 0 });
      return;
    }
    const element = container.current?.querySelector<HTMLElement>(`#passage-${focusedOrdinal}`);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.classList.remove('passage--flash');
    // Reading offsetWidth restarts the CSS animation when the same passage is opened twice.
    void element.offsetWidth;
    element.classList.add('passage--flash');
  }, [document.id, focusedOrdinal]);

  const published = formatDate(document.publishedAt);
  return (
    <article className="reader" ref={container} aria-label={document.title}>
      <header className="reader__header">
        <h1>{document.title}</h1>
        <p className="reader__meta">
          {[
            document.outlet,
            document.author,
            published &&
              `${published}${document.publishedAtSource ? ` (${strings.dateFrom[document.publishedAtSource]})` : ''}`,
            document.language?.toUpperCase(),
          ]
            .filter(Boolean)
            .join(' · ') || document.fileName}
        </p>
        {document.url && <p className="reader__url">{document.url}</p>}
      </header>
      <div className="reader__text" lang={document.language ?? undefined}>
        {document.passages.map((passage) => (
          <p
            key={passage.id}
            id={`passage-${passage.ordinal}`}
            className={`passage${passage.ordinal === focusedOrdinal ? ' passage--focused' : ''}`}
            data-passage-id={passage.id}
            tabIndex={-1}
            onClick={() => onFocusPassage(passage.ordinal)}
            onDragStart={(event) => setPassageDragData(event, document, passage)}
          >
            {passage.text}
          </p>
        ))}
      </div>
    </article>
  );
}
