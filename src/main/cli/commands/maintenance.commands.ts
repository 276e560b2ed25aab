import { resolve } from 'node:path';
import type { BackupOutcome, CheckReport } from '../../../shared/maintenance';
import type { ProblemReport } from '../../../shared/contracts/support.contract';
import { restoreCorpus, type RestoreOutcome } from '../../services/maintenance/backup';
import { table } from '../format';
import { UsageError, type Command } from './command';

function printReport(report: CheckReport): string {
  const rows = report.checks.flatMap((check) =>
    check.problems.length === 0
      ? [[check.name, check.status, check.description, '']]
      : check.problems.map((problem) => [
          check.name,
          check.status,
          `${problem.count} ${problem.message}${problem.ids.length ? ` (ids ${problem.ids.slice(0, 8).join(', ')}${problem.count > 8 ? '…' : ''})` : ''}`,
          check.status === 'problem' ? check.remedy : '',
        ]),
  );
  const problems = report.checks.filter((check) => check.status === 'problem');
  const hint = problems.some((check) => check.repairable)
    ? '\nRun `recoupe check --repair` to apply the safe repairs.'
    : '';
  const verdict = report.ok ? '\nThe corpus is consistent.' : `\nProblems found.${hint}`;
  return `${table(['check', 'status', 'detail', 'remedy'], rows)}\n${verdict}`;
}

function printProblemReport(report: ProblemReport): string {
  const rows = report.entries.map((entry) => [
    entry.time,
    entry.reference,
    entry.where,
    entry.message,
  ]);
  const where = `Log: ${report.logFile ?? 'none yet'} (attach it to your report).`;
  return rows.length
    ? `${table(['time', 'reference', 'where', 'what'], rows)}\n\n${where}`
    : `No failure logged.\n${where}`;
}

/** Consistency checks, backups and restores. */
export const maintenanceCommands: Record<string, Command> = {
  report: {
    usage: 'report [--limit N]',
    arguments: 0,
    summary: 'where the log of failures is, and its newest entries (to report a problem)',
    run: (call, _positionals, { limit }) => call('support:report', { limit: limit ?? 10 }),
    print: (value) => printProblemReport(value as ProblemReport),
  },
  check: {
    usage: 'check [--repair]',
    arguments: 0,
    summary: 'check the corpus for inconsistencies (and repair the safe ones)',
    run: (call, _positionals, { repair }) => call('corpus:check', { repair: repair ?? false }),
    print: (value) => printReport(value as CheckReport),
    failed: (value) => !(value as CheckReport).ok,
  },
  backup: {
    usage: 'backup [--out FILE]',
    arguments: 0,
    summary: 'copy the corpus to a file while it stays in use',
    run: (call, _positionals, { out }) =>
      call('corpus:backup', out === undefined ? {} : { path: resolve(out) }),
    print: (value) => {
      const outcome = value as BackupOutcome;
      return `Backed up to ${outcome.path} (${(outcome.bytes / 1024 / 1024).toFixed(1)} MB).`;
    },
  },
  restore: {
    usage: 'restore --from FILE [--force]',
    arguments: 0,
    summary: 'replace the corpus with a backup (close the app first)',
    run: () => Promise.reject(new UsageError('restore runs without opening the corpus.')),
    runClosed: (dataDir, _positionals, { from, force }) => {
      if (!from) throw new UsageError('restore needs --from FILE.');
      return restoreCorpus(dataDir, resolve(from), { force });
    },
    print: (value) => {
      const outcome = value as RestoreOutcome;
      const previous = outcome.previous
        ? `\nThe corpus it replaced is kept as ${outcome.previous}.`
        : '';
      return `Restored ${outcome.restored}.${previous}`;
    },
  },
};
