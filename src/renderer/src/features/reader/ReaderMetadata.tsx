import { useEffect, useRef, useState } from 'react';
import type { DocumentDetail, EditableField } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api } from '../../lib/api';
import { documentsChanged } from '../../lib/current-sources';
import { isClosedRangeEstimate, isOpenEndedEstimate } from '../../../../shared/published-range';
import { formatDate, formatPublished } from '../../lib/format';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';
import { EditableMeta } from './EditableMeta';
import { EvidenceList } from './EvidenceList';
import './metadata.css';

interface ReaderMetadataProps {
  document: DocumentDetail;
  /** Called after a correction changed the document. */
  onChanged?: () => void;
}

const label = (field: EditableField) => strings.attribution.fields[field] ?? field;

/**
 * The reader header's title, outlet, author, publish date and URL, each corrected in place,
 * the date with its basis ("≈ 28 Oct 2024 · estimated"), an estimate accepted in one click,
 * and the evidence behind each one click away.
 */
export function ReaderMetadata({ document, onChanged }: ReaderMetadataProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [showEvidence, setShowEvidence] = useState(false);
  const [source, reloadSource] = useCall(
    'documents:source',
    showEvidence ? { id: document.id } : null,
  );
  // The date can change without a correction here (an import dated this estimate again from a
  // copy): the evidence shown is read again with it, so it always says how the shown date is known.
  const dateRevision = [
    document.publishedAt,
    document.publishedBasis,
    document.publishedEarliest,
    document.publishedLatest,
  ].join('\u0000');
  const shownDate = useRef(dateRevision);
  useEffect(() => {
    if (shownDate.current === dateRevision) return;
    shownDate.current = dateRevision;
    reloadSource();
  }, [dateRevision, reloadSource]);

  // The accept button ("Accept Mar 14, 2025") leaves the header once pressed (and is disabled
  // meanwhile, which drops the keyboard focus): the focus goes to the date it accepted, not to
  // the page's start.
  const dateBox = useRef<HTMLSpanElement>(null);
  const focusDate = useRef(false);
  useEffect(() => {
    if (busy || !focusDate.current) return;
    focusDate.current = false;
    dateBox.current?.querySelector<HTMLElement>('button')?.focus();
  });

  const save = async (field: EditableField, value: string | null) => {
    setBusy(true);
    const result = await api.invoke('documents:update', {
      id: document.id,
      fields: { [field]: value },
    });
    setBusy(false);
    setError(result.ok ? null : result.error);
    documentsChanged([document.id]);
    reloadSource();
    onChanged?.();
  };
  const field = (name: EditableField, className?: string) => (
    <EditableMeta
      label={label(name)}
      value={document[name] as string | null}
      disabled={busy}
      className={className}
      onSave={(value) => save(name, value)}
    />
  );
  // An estimate whose range runs from its day to the file's time only knows the article is not
  // older than the latest past date it reports: say "or later", and offer no day to accept.
  const openEnded = isOpenEndedEstimate(document);
  const published = formatPublished(document);
  // Where a stated date came from, in the words the app uses everywhere ("from the text").
  const from = document.publishedAtSource && strings.dateFrom[document.publishedAtSource];
  return (
    <>
      <h1>
        {field('title', 'meta-field--title')}
        {document.titleMadeUp && (
          <span className="meta-badge" title={strings.attribution.madeUpTitleHint}>
            {strings.attribution.madeUpTitle}
          </span>
        )}
      </h1>
      <p className="reader__meta">
        {field('outlet')} · {field('author')} ·{' '}
        <span ref={dateBox}>
          <EditableMeta
            label={label('publishedAt')}
            value={document.publishedAt?.slice(0, 10) ?? null}
            disabled={busy}
            onSave={(value) => save('publishedAt', value)}
          >
            {published
              ? `${published}${from && document.publishedBasis !== 'estimated' ? ` (${from})` : ''}`
              : strings.undated}
          </EditableMeta>
        </span>
        {document.publishedBasis === 'estimated' && document.publishedAt && !openEnded && (
          <button
            type="button"
            className="link meta-accept"
            title={strings.attribution.acceptHint}
            disabled={busy}
            onClick={() => {
              focusDate.current = true;
              void save('publishedAt', document.publishedAt!.slice(0, 10));
            }}
          >
            {/* A range shown names the one day accepting it sets. */}
            {isClosedRangeEstimate(document)
              ? strings.attribution.acceptDay(formatDate(document.publishedAt)!)
              : strings.attribution.accept}
          </button>
        )}
        {document.language && ` · ${strings.reader.language(document.language)}`}
        {' · '}
        <button
          type="button"
          className="link"
          aria-expanded={showEvidence}
          onClick={() => setShowEvidence((open) => !open)}
        >
          {showEvidence ? strings.attribution.hideEvidence : strings.attribution.evidence}
        </button>
      </p>
      <p className="reader__url">
        {document.url && (
          <>
            {/* Electron's window-open handler sends http(s) links to the system browser. */}
            <a href={document.url} target="_blank" rel="noopener noreferrer">
              {document.url}
            </a>{' '}
            <span className="muted">{strings.reader.opensInBrowser}</span>{' '}
          </>
        )}
        <EditableMeta
          label={label('url')}
          value={document.url}
          disabled={busy}
          className="meta-field--small"
          onSave={(value) => save('url', value)}
        >
          {document.url ? strings.attribution.edit(label('url')) : undefined}
        </EditableMeta>
      </p>
      {error && <ErrorMessage error={error} />}
      {showEvidence && source?.status === 'ready' && (
        <EvidenceList attribution={source.value.attribution} />
      )}
    </>
  );
}
