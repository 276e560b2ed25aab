import { useState } from 'react';
import { ClosableDialog } from '../../components/ClosableDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useRequest } from '../../lib/requests';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';
import './health.css';

/** Where the log is and its newest failures, to attach to a report. */
function ProblemReportBody() {
  const [report, reload] = useCall('support:report', { limit: 10 });
  if (report?.status === 'error') return <ErrorMessage error={report.error} onRetry={reload} />;
  if (report?.status !== 'ready') return <p className="muted">{strings.loading}</p>;
  const { logFile, entries } = report.value;
  return (
    <>
      <p>{strings.report.intro}</p>
      <p>
        {strings.report.logAt}{' '}
        <code className="report__path">{logFile ?? strings.report.noLog}</code>
      </p>
      {entries.length === 0 ? (
        <p className="muted">{strings.report.none}</p>
      ) : (
        <ol className="report__entries" aria-label={strings.report.recent}>
          {entries.map((entry) => (
            <li key={`${entry.time}-${entry.reference}`}>
              <span className="muted">
                {entry.time} · {entry.reference} · {entry.where}
              </span>
              <span>{entry.message}</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/**
 * _Report a problem…_: the browser mode's way to the log (the Electron app also has it in the
 * Help menu, which opens the log's folder). The command palette opens it too.
 */
export function ReportProblem() {
  const [open, setOpen] = useState(false);
  useRequest('report-problem', () => setOpen(true));
  return (
    <ClosableDialog
      title={strings.report.title}
      opener={strings.report.open}
      isOpen={open}
      onOpenChange={setOpen}
    >
      <ProblemReportBody />
    </ClosableDialog>
  );
}
