import { useEffect, useState } from 'react';
import type { HealthStatus } from '../../../../shared/contracts/health.contract';
import type { AppError } from '../../../../shared/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';
import './health.css';

const POLL_MS = 1000;

/** The ways back a damaged corpus offers: rebuild the indexes, or restore the newest backup. */
function DamageActions({ status, onDone }: { status: HealthStatus; onDone: () => void }) {
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const damage = status.damage!;
  const run = async (channel: 'health:rebuild' | 'health:restore') => {
    setBusy(true);
    setError(null);
    const result = await api.invoke(channel, {});
    setBusy(false);
    if (!result.ok) setError(result.error);
    onDone();
  };
  return (
    <>
      <p>{damage.derivedOnly ? strings.health.derivedOnly : strings.health.dataHit}</p>
      <div className="health__actions">
        {damage.derivedOnly && (
          <button type="button" disabled={busy} onClick={() => run('health:rebuild')}>
            {strings.health.rebuild}
          </button>
        )}
        {damage.backup && (
          <button type="button" disabled={busy} onClick={() => run('health:restore')}>
            {strings.health.restore(formatDateTime(damage.backup.takenAt))}
          </button>
        )}
      </div>
      {damage.backup && <p className="muted">{strings.health.restoreHint}</p>}
      {!damage.backup && !damage.derivedOnly && <p>{strings.health.noBackup}</p>}
      {busy && <p className="muted">{strings.health.working}</p>}
      {error && <ErrorMessage error={error} />}
    </>
  );
}

/**
 * The corpus file's health, shown only when there is something to say: the check after a
 * crash running, damage found with the way back, or the recovery done.
 */
export function HealthBanner() {
  const [status, reload] = useCall('health:status', {});
  const state = status?.status === 'ready' ? status.value.state : null;
  useEffect(() => {
    if (state !== 'checking' && state !== 'recovering') return;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [state, reload]);
  if (status?.status !== 'ready') return null;
  const value = status.value;
  if (value.state === 'checking' && value.reason === 'unclean-shutdown') {
    return (
      <p className="health health--quiet" role="status">
        {strings.health.checking}
      </p>
    );
  }
  if (value.state === 'damaged' || value.state === 'recovering') {
    return (
      <section className="health health--damaged" role="alert" aria-label={strings.health.label}>
        <p>
          <strong>{strings.health.damaged}</strong>
        </p>
        {value.state === 'recovering' ? (
          <p className="muted">{strings.health.working}</p>
        ) : (
          <DamageActions status={value} onDone={reload} />
        )}
        {value.error && <p>{value.error}</p>}
      </section>
    );
  }
  if (value.state === 'recovered' && value.recovery) {
    return (
      <section className="health" role="status" aria-label={strings.health.label}>
        <p>{strings.health.recovered(value.recovery.kind, value.recovery.damagedFileKeptAs)}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {strings.health.reload}
        </button>
      </section>
    );
  }
  return null;
}
