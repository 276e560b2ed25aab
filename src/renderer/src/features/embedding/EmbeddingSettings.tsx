import { useEffect, useState } from 'react';
import { ClosableDialog } from '../../components/ClosableDialog';
import type { AppError } from '../../../../shared/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api, inElectron } from '../../lib/api';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';
import './embedding.css';

/** The embedder in use, a field for a model folder, and the re-embedding progress. */
function EmbeddingForm() {
  const [status, reload] = useCall('embedding:status', {});
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const running = status?.status === 'ready' && status.value.job.state === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(reload, 500);
    return () => clearInterval(timer);
  }, [running, reload]);

  const use = async (modelFolder: string | null) => {
    setError(null);
    const result = await api.invoke('embedding:use', { modelFolder });
    if (!result.ok) setError(result.error);
    reload();
  };
  if (status?.status === 'error') return <ErrorMessage error={status.error} onRetry={reload} />;
  if (status?.status !== 'ready') return <p className="muted">{strings.loading}</p>;
  const { job } = status.value;
  return (
    <>
      <p>{strings.embedding.intro}</p>
      <p>{strings.embedding.current(status.value.embedder, status.value.dimensions)}</p>
      <label className="embedding__field">
        {strings.embedding.folderLabel}
        <input
          value={folder}
          onChange={(event) => setFolder(event.target.value)}
          placeholder="/path/to/model"
        />
      </label>
      <p className="muted">{strings.embedding.folderHint}</p>
      {!inElectron && <p className="muted">{strings.embedding.browserFolderHint}</p>}
      <div className="embedding__actions">
        <button type="button" disabled={running || !folder.trim()} onClick={() => use(folder)}>
          {strings.embedding.useModel}
        </button>
        <button type="button" disabled={running} onClick={() => use(null)}>
          {strings.embedding.useLexical}
        </button>
      </div>
      {error && <ErrorMessage error={error} />}
      {job.state !== 'idle' && (
        <div className="embedding__progress">
          <progress value={job.done} max={Math.max(1, job.total)} />
          <span>{strings.embedding.job(job.state, job.done, job.total)}</span>
          {job.error && <span className="embedding__error">{job.error}</span>}
        </div>
      )}
    </>
  );
}

/** "Embeddings…" in the top bar: a dialog to point Recoupe at a model and re-embed. */
export function EmbeddingSettings() {
  return (
    <ClosableDialog
      title={strings.embedding.title}
      opener={strings.embedding.open}
      openerClassName="top-bar__settings"
    >
      <EmbeddingForm />
    </ClosableDialog>
  );
}
