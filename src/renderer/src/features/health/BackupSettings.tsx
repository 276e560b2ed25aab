import { useState } from 'react';
import { Input, Label, NumberField } from 'react-aria-components';
import {
  MINIMUM_BUDGET_MEGABYTES,
  type BackupsSummary,
} from '../../../../shared/contracts/backups.contract';
import type { AppError } from '../../../../shared/result';
import { ClosableDialog } from '../../components/ClosableDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api } from '../../lib/api';
import { formatDateTime, formatMegabytes } from '../../lib/format';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';
import './health.css';

const MEGABYTE = 1024 * 1024;
const megabytes = (bytes: number) => Math.round(bytes / MEGABYTE);
/** A backup's size: one decimal, so a small corpus does not read as 0 MB. */
const size = formatMegabytes;

/**
 * The budget field, saved on demand: a react-aria NumberField, so the number reads and types in
 * the interface's language ("1 000" in French) and the arrow keys step it.
 */
function BudgetField({ summary, onSaved }: { summary: BackupsSummary; onSaved: () => void }) {
  const [value, setValue] = useState(megabytes(summary.budgetBytes));
  const [error, setError] = useState<AppError | null>(null);
  const save = async () => {
    const result = await api.invoke('backups:setBudget', { megabytes: value });
    setError(result.ok ? null : result.error);
    if (result.ok) onSaved();
  };
  return (
    <div>
      <NumberField
        className="backups__budget"
        minValue={MINIMUM_BUDGET_MEGABYTES}
        step={50}
        value={value}
        onChange={(next) => setValue(Number.isNaN(next) ? MINIMUM_BUDGET_MEGABYTES : next)}
      >
        <Label>{strings.backups.budgetLabel}</Label>
        <Input className="text-input" />
      </NumberField>
      <button type="button" onClick={save}>
        {strings.backups.save}
      </button>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}

/** What the automatic backups hold and how much room they may take. */
function BackupsBody() {
  const [summary, reload] = useCall('backups:list', {});
  if (summary?.status === 'error') return <ErrorMessage error={summary.error} onRetry={reload} />;
  if (summary?.status !== 'ready') return <p className="muted">{strings.loading}</p>;
  const value = summary.value;
  return (
    <>
      <p>{strings.backups.intro}</p>
      <p>{strings.backups.usage(size(value.totalBytes), megabytes(value.budgetBytes))}</p>
      <BudgetField summary={value} onSaved={reload} />
      {value.backups.length === 0 ? (
        <p className="muted">{strings.backups.none}</p>
      ) : (
        <ul className="backups__list" aria-label={strings.backups.listLabel}>
          {value.backups.map((backup) => (
            <li key={backup.path}>
              {formatDateTime(backup.takenAt)} · {size(backup.bytes)}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{strings.backups.folder(value.folder)}</p>
    </>
  );
}

/** _Backups…_ in the status bar: the automatic backups and their size budget. */
export function BackupSettings() {
  return (
    <ClosableDialog title={strings.backups.title} opener={strings.backups.open}>
      <BackupsBody />
    </ClosableDialog>
  );
}
