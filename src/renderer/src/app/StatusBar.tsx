import type { CorpusStats } from '../../../shared/domain';
import { BackupSettings } from '../features/health/BackupSettings';
import { ReportProblem } from '../features/health/ReportProblem';
import { ReprocessAll } from '../features/import/ReprocessAll';
import { strings } from '../lib/strings';

interface StatusBarProps {
  stats: CorpusStats | null;
  importSummary: string | null;
  onShowImport: () => void;
  /** After a change to many documents at once (re-process all): read the library again. */
  onCorpusChanged: () => void;
}

/** The bottom line: import progress (opens the import panel) and corpus size. */
export function StatusBar({ stats, importSummary, onShowImport, onCorpusChanged }: StatusBarProps) {
  return (
    <footer className="status-bar">
      {importSummary && (
        <button type="button" className="link" onClick={onShowImport}>
          {importSummary}
        </button>
      )}
      <span aria-live="polite">
        {stats ? strings.corpusSize(stats.documents, stats.passages) : strings.loading}
      </span>
      <ReprocessAll onFinished={onCorpusChanged} />
      <BackupSettings />
      <ReportProblem />
    </footer>
  );
}
