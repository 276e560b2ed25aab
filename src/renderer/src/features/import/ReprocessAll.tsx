import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/result';
import { ClosableDialog } from '../../components/ClosableDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api } from '../../lib/api';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';

/** The explanation, the start and stop buttons, and the job's progress while it runs. */
function ReprocessForm({ onFinished }: { onFinished: () => void }) {
  const [job, reload] = useCall('documents:reprocessAllStatus', {});
  const [error, setError] = useState<AppError | null>(null);
  const running = job?.status === 'ready' && job.value.state === 'running';
  const wasRunning = useRef(false);
  useEffect(() => {
    // Titles, outlets and dates may have changed: the library and the status bar read again.
    if (wasRunning.current && !running) onFinished();
    wasRunning.current = running;
    if (!running) return;
    const timer = setInterval(reload, 500);
    return () => clearInterval(timer);
  }, [running, reload, onFinished]);

  const call = async (channel: 'documents:reprocessAll' | 'documents:reprocessAllCancel') => {
    setError(null);
    const result = await api.invoke(channel, {});
    if (!result.ok) setError(result.error);
    reload();
  };
  if (job?.status === 'error') return <ErrorMessage error={job.error} onRetry={reload} />;
  if (job?.status !== 'ready') return <p className="muted">{strings.loading}</p>;
  const { state, done, total, failed } = job.value;
  return (
    <>
      <p>{strings.reprocessAll.intro}</p>
      <div className="reprocess__actions">
        {/* One button that turns into Stop while the job runs: a disabled or vanishing button
            would drop keyboard focus out of the dialog. */}
        <button
          type="button"
          onClick={() => call(running ? 'documents:reprocessAllCancel' : 'documents:reprocessAll')}
        >
          {running ? strings.reprocessAll.cancel : strings.reprocessAll.start}
        </button>
      </div>
      {error && <ErrorMessage error={error} />}
      {state !== 'idle' && (
        <div className="reprocess__progress" aria-live="polite">
          <progress value={done} max={Math.max(1, total)} aria-label={strings.reprocessAll.title} />
          <span>{strings.reprocessAll.job(state, done, total)}</span>
          {failed > 0 && (
            <span className="reprocess__error">
              {strings.reprocessAll.failed(failed)} {job.value.error}
            </span>
          )}
        </div>
      )}
    </>
  );
}

/** _Re-process all…_ in the status bar: every document made again, with progress and stop. */
export function ReprocessAll({ onFinished }: { onFinished: () => void }) {
  return (
    <ClosableDialog title={strings.reprocessAll.title} opener={strings.reprocessAll.open}>
      <ReprocessForm onFinished={onFinished} />
    </ClosableDialog>
  );
}
