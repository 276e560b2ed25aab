import { strings } from '../../lib/strings';
import type { ImportItem } from './useImport';

interface ImportPanelProps {
  items: ImportItem[];
  onCancel: () => void;
  onClose: () => void;
  onOpen: (documentId: number) => void;
}

/** Per-file import progress with errors, an overall bar and Cancel. */
export function ImportPanel({ items, onCancel, onClose, onOpen }: ImportPanelProps) {
  const finished = items.filter(
    (item) => item.status !== 'queued' && item.status !== 'importing',
  ).length;
  const busy = finished < items.length;
  return (
    <section className="import-panel" aria-label={strings.importPanelTitle}>
      <header className="import-panel__header">
        <h2>{strings.importPanelTitle}</h2>
        <span aria-live="polite">{strings.importDone(finished, items.length)}</span>
        {busy ? (
          <button type="button" onClick={onCancel}>
            {strings.cancel}
          </button>
        ) : (
          <button type="button" onClick={onClose}>
            {strings.close}
          </button>
        )}
      </header>
      <progress
        max={items.length}
        value={finished}
        aria-label={strings.importDone(finished, items.length)}
      />
      <ul className="import-panel__list">
        {items.map((item) => (
          <li
            key={item.key}
            className={`import-item import-item--${item.status}`}
            data-status={item.status}
          >
            <span className="import-item__name">{item.name}</span>
            <span className="import-item__status">
              {item.status === 'imported' && item.documentId ? (
                <button type="button" className="link" onClick={() => onOpen(item.documentId!)}>
                  {strings.importStatus.imported}
                </button>
              ) : (
                strings.importStatus[item.status]
              )}
            </span>
            {item.error && <span className="import-item__error">{item.error}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
