import { useEffect, useRef, useState } from 'react';
import type { DocumentBlock, DocumentDetail, EditableField } from '../../../../shared/domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api } from '../../lib/api';
import { documentsChanged } from '../../lib/current-sources';
import { formatPublished } from '../../lib/format';
import { strings } from '../../lib/strings';
import './import.css';
import { useCall } from '../../lib/useCall';
import type { AppError } from '../../../../shared/result';
import { blocksMoved, setAsideItems } from './set-aside-runs';

const FIELDS: EditableField[] = ['title', 'outlet', 'author', 'url', 'publishedAt', 'language'];

interface DocumentSourcePanelProps {
  document: DocumentDetail;
  /** Called after a correction or re-processing changed the document. */
  onChanged: () => void;
}

/**
 * How the import made this document: its fields (correctable, with where each came from) and
 * the blocks set aside as boilerplate, each of which can be put back (and set aside again).
 * Imported text is shown as text, never as HTML.
 */
export function DocumentSourcePanel({ document, onChanged }: DocumentSourcePanelProps) {
  const [source, reloadSource] = useCall('documents:source', { id: document.id });
  // A correction made elsewhere while this panel is open (the reader header's "Accept
  // estimate") changes the document: its fields and their sources are read again, or the panel
  // would still call an accepted date "estimated".
  // An estimate dated again from the corpus (a copy imported later) may keep its day and move
  // its range: the range counts too.
  const revision = FIELDS.map((field) => document[field] ?? '')
    .concat(
      document.publishedBasis ?? '',
      document.publishedEarliest ?? '',
      document.publishedLatest ?? '',
    )
    .join('\u0000');
  const shownRevision = useRef(revision);
  useEffect(() => {
    if (shownRevision.current === revision) return;
    shownRevision.current = revision;
    reloadSource();
  }, [revision, reloadSource]);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const panel = useRef<HTMLElement>(null);
  // The button pressed is disabled while its change runs, which takes the keyboard focus away:
  // it comes back to the same button (or the panel, if its block left the list) once the list
  // is read again, so a keyboard user can press it again to undo.
  const refocus = useRef<{ key: string; before: typeof source } | null>(null);
  useEffect(() => {
    const pending = refocus.current;
    if (!pending || busy || source === pending.before || source?.status !== 'ready') return;
    refocus.current = null;
    const button = panel.current?.querySelector<HTMLElement>(`[data-focus-key="${pending.key}"]`);
    (button ?? panel.current)?.focus();
  }, [source, busy]);

  const run = async (call: () => ReturnType<typeof api.invoke<'documents:reprocess'>>) => {
    setBusy(true);
    const result = await call();
    setBusy(false);
    setError(result.ok ? null : result.error);
    documentsChanged([document.id]);
    reloadSource();
    onChanged();
  };
  const saveField = (field: EditableField, value: string | null) =>
    run(() => api.invoke('documents:update', { id: document.id, fields: { [field]: value } }));
  const setBlocks = (focusKey: string, moved: DocumentBlock[], included: boolean) => {
    refocus.current = { key: focusKey, before: source };
    const ordinals = moved.map((block) => block.ordinal);
    return run(() => api.invoke('documents:setBlocks', { id: document.id, ordinals, included }));
  };

  const blocks = source?.status === 'ready' ? source.value.blocks : [];
  const sources = source?.status === 'ready' ? source.value.fieldSources : {};
  const setAside = blocks.filter((block) => !block.included).length;
  // The service keeps a choice by the block's text: identical blocks go back (or aside) as one.
  const twins = new Map<string, number>();
  for (const block of blocks) twins.set(block.text, (twins.get(block.text) ?? 0) + 1);
  const blockItem = (block: DocumentBlock) => (
    <li
      key={block.ordinal}
      className={`set-aside${block.included ? ' set-aside--included' : ''}`}
      data-kind={block.kind}
    >
      <span className="set-aside__kind">
        {strings.source.kinds[block.kind] ?? block.kind}
        {block.page !== null && ` · ${strings.source.page(block.page)}`}
        {block.overridden &&
          ` · ${block.included ? strings.source.restoredByYou : strings.source.removedByYou}`}
      </span>
      <span className="set-aside__text" id={`set-aside-${document.id}-${block.ordinal}`}>
        {block.text}
      </span>
      {/* Its words describe the button: a screen reader tabbing through a long list hears
          which block each "Put back" moves, not the same two words forty times. */}
      <button
        type="button"
        className="link"
        disabled={busy}
        aria-describedby={`set-aside-${document.id}-${block.ordinal}`}
        data-focus-key={`block-${block.ordinal}`}
        onClick={() => setBlocks(`block-${block.ordinal}`, [block], !block.included)}
      >
        {blockAction(block.included, twins.get(block.text) ?? 1)}
      </button>
    </li>
  );
  return (
    <section
      ref={panel}
      className="source-panel"
      aria-label={strings.source.title}
      aria-busy={busy}
      tabIndex={-1}
    >
      <h2 className="pane__title">{strings.source.title}</h2>
      {error && <ErrorMessage error={error} />}
      <form className="source-panel__fields" onSubmit={(event) => event.preventDefault()}>
        {FIELDS.map((field) => (
          <FieldRow
            key={`${document.id}-${field}-${document[field] ?? ''}`}
            field={field}
            value={document[field] ?? ''}
            provenance={sources[field]}
            // The date as every other view words it ("Mar 14, 2024 or later · estimated"):
            // the box holds the day alone, which would read as a fact.
            reading={
              field === 'publishedAt' && document.publishedBasis === 'estimated'
                ? formatPublished(document)
                : null
            }
            disabled={busy}
            onSave={(value) => saveField(field, value)}
          />
        ))}
      </form>
      <button
        type="button"
        disabled={busy}
        onClick={() => run(() => api.invoke('documents:reprocess', { id: document.id }))}
      >
        {strings.source.reprocess}
      </button>
      <h3 className="source-panel__heading">
        {source?.status === 'ready' && source.value.shortText
          ? strings.source.shortText
          : strings.source.setAside(setAside)}
      </h3>
      <p className="muted">{strings.source.setAsideHint}</p>
      <ol className="source-panel__blocks">
        {setAsideItems(blocks).map((item) => {
          if (item.kind === 'block') return blockItem(item.block);
          const first = item.blocks[0]!.ordinal;
          const count = item.blocks.length;
          const identical = blocksMoved(item.blocks, blocks) - count;
          const label = strings.source.runLabel(count);
          return (
            <li key={`run-${first}`} className="set-aside-run">
              <div className="set-aside-run__head">
                <span className="set-aside__kind">{label}</span>
                <button
                  type="button"
                  disabled={busy}
                  data-focus-key={`run-${first}`}
                  onClick={() => setBlocks(`run-${first}`, item.blocks, !item.included)}
                >
                  {item.included
                    ? strings.source.setAsideRun(count, identical)
                    : strings.source.putBackRun(count, identical)}
                </button>
              </div>
              <ol className="source-panel__blocks" aria-label={label}>
                {item.blocks.map(blockItem)}
              </ol>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The words of a block's button: how many blocks it moves when it moves identical ones too. */
function blockAction(included: boolean, count: number): string {
  if (count > 1) {
    return included
      ? strings.source.setAsideIdentical(count)
      : strings.source.putBackIdentical(count);
  }
  return included ? strings.source.setAsideAgain : strings.source.putBack;
}

interface FieldRowProps {
  field: EditableField;
  value: string;
  provenance: string | undefined;
  /** The value as the other views word it, under the box, when the box alone would mislead. */
  reading: string | null;
  disabled: boolean;
  onSave: (value: string | null) => void;
}

function FieldRow({ field, value, provenance, reading, disabled, onSave }: FieldRowProps) {
  const [draft, setDraft] = useState(value);
  const id = `source-field-${field}`;
  // The reading under the box says how the value is known; the label need not say it twice.
  const from =
    provenance && !reading ? strings.dateFrom[provenance as keyof typeof strings.dateFrom] : null;
  return (
    <div className="source-field">
      <label htmlFor={id}>
        {strings.source.fields[field]}
        {from && <span className="muted"> · {from}</span>}
      </label>
      <div className="source-field__row">
        <input
          id={id}
          value={draft}
          disabled={disabled}
          aria-describedby={reading ? `${id}-reading` : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && draft !== value) onSave(draft);
          }}
        />
        {draft !== value && (
          <button type="button" disabled={disabled} onClick={() => onSave(draft)}>
            {strings.source.save}
          </button>
        )}
        {provenance === 'user' && draft === value && (
          <button type="button" className="link" disabled={disabled} onClick={() => onSave(null)}>
            {strings.source.reset}
          </button>
        )}
      </div>
      {reading && (
        <p id={`${id}-reading`} className="source-field__reading">
          {reading}
        </p>
      )}
    </div>
  );
}
