import { useState } from 'react';
import { strings } from '../../lib/strings';
import './import.css';
import { ImportQuestion, type ImportAnswer } from './ImportQuestion';
import { TelegramSummary } from './TelegramSummary';
import type { ImportItem } from './useImport';
import '../../components/menu.css';

interface ImportPanelProps {
  items: ImportItem[];
  running: boolean;
  scanning: boolean;
  error: string | null;
  onCancel: () => void;
  onClose: () => void;
  onOpen: (documentId: number) => void;
  onAnswer: (item: ImportItem, answer: ImportAnswer) => void;
}

const ENDED = new Set(['imported', 'duplicate', 'failed', 'cancelled']);

/** Per-file import progress (queued, reading, cleaning, indexing, done…), an overall bar and Cancel. */
export function ImportPanel(props: ImportPanelProps) {
  const { items, running } = props;
  // The file whose question was just answered: its next question, if any, takes the focus.
  const [answered, setAnswered] = useState<string | null>(null);
  const finished = items.filter((item) => ENDED.has(item.status)).length;
  const asking = items.filter((item) => item.question).length;
  const failed = items.filter((item) => item.status === 'failed').length - asking;
  const summary =
    strings.importDone(finished, items.length) +
    (failed ? ` · ${strings.importFailedCount(failed)}` : '') +
    (asking ? ` · ${strings.telegram.question.waiting(asking)}` : '');
  return (
    <section className="import-panel popover" aria-label={strings.importPanelTitle}>
      <header className="import-panel__header">
        <h2>{strings.importPanelTitle}</h2>
        <span aria-live="polite" className="import-panel__summary">
          {summary}
          {props.scanning && ` · ${strings.importScanning}`}
        </span>
        {running ? (
          <button type="button" onClick={props.onCancel}>
            {strings.cancel}
          </button>
        ) : (
          <button type="button" onClick={props.onClose}>
            {strings.close}
          </button>
        )}
      </header>
      <progress max={Math.max(items.length, 1)} value={finished} aria-label={summary} />
      {props.error && <p className="import-panel__error">{props.error}</p>}
      <ul className="import-panel__list">
        {items.map((item) => (
          <li
            key={item.key}
            className={`import-item import-item--${item.status}`}
            data-status={item.question ? 'question' : item.status}
          >
            <span className="import-item__name" title={item.name}>
              {item.name}
            </span>
            <span className="import-item__status">
              {item.question ? (
                strings.telegram.question.status
              ) : (item.status === 'imported' || item.status === 'duplicate') && item.documentId ? (
                <button
                  type="button"
                  className="link"
                  onClick={() => props.onOpen(item.documentId!)}
                >
                  {strings.importStatus[item.status]}
                </button>
              ) : (
                strings.importStatus[item.status]
              )}
            </span>
            {item.question ? (
              <ImportQuestion
                question={item.question}
                focus={answered === item.key}
                onAnswer={(answer) => {
                  setAnswered(item.key);
                  props.onAnswer(item, answer);
                }}
              />
            ) : (
              item.error && <span className="import-item__error">{item.error}</span>
            )}
            {item.telegram && <TelegramSummary summary={item.telegram} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
