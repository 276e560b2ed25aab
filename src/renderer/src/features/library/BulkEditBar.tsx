import { useState } from 'react';
import type { AppError } from '../../../../shared/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api } from '../../lib/api';
import { documentsChanged } from '../../lib/current-sources';
import { strings } from '../../lib/strings';
import './bulk-edit.css';

interface BulkEditBarProps {
  ids: readonly number[];
  onDone: () => void;
  onClear: () => void;
}

/**
 * Sets the outlet or the publish date of the documents checked in the library at once; each
 * becomes a correction kept across re-processing, as if made in the reader.
 */
export function BulkEditBar({ ids, onDone, onClear }: BulkEditBarProps) {
  const [outlet, setOutlet] = useState('');
  const [date, setDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const apply = async () => {
    const fields = {
      ...(outlet.trim() ? { outlet: outlet.trim() } : {}),
      ...(date.trim() ? { publishedAt: date.trim() } : {}),
    };
    if (Object.keys(fields).length === 0) return;
    setBusy(true);
    const result = await api.invoke('documents:updateMany', { ids: [...ids], fields });
    setBusy(false);
    setError(result.ok ? null : result.error);
    setDone(result.ok ? result.value.updated : null);
    documentsChanged(ids);
    onDone();
  };
  return (
    <form
      className="bulk-edit"
      aria-label={strings.attribution.bulkTitle(ids.length)}
      onSubmit={(event) => {
        event.preventDefault();
        void apply();
      }}
    >
      <p className="bulk-edit__title">
        {strings.attribution.bulkTitle(ids.length)}{' '}
        <button type="button" className="link" onClick={onClear}>
          {strings.attribution.bulkClear}
        </button>
      </p>
      <label>
        {strings.attribution.bulkOutlet}
        <input value={outlet} disabled={busy} onChange={(event) => setOutlet(event.target.value)} />
      </label>
      <label>
        {strings.attribution.bulkDate}
        <input
          value={date}
          disabled={busy}
          placeholder="2024-10-28"
          onChange={(event) => setDate(event.target.value)}
        />
      </label>
      <button type="submit" disabled={busy || (!outlet.trim() && !date.trim())}>
        {strings.attribution.bulkApply}
      </button>
      {done !== null && <p className="muted">{strings.attribution.bulkDone(done)}</p>}
      {error && <ErrorMessage error={error} />}
    </form>
  );
}
