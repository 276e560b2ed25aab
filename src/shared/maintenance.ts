/** One kind of problem a check found: a sentence, how many rows, and a sample of their ids. */
export interface CheckProblem {
  message: string;
  count: number;
  ids: number[];
}

/** The outcome of one consistency check. */
export interface CheckResult {
  name: string;
  description: string;
  /** `repaired` when --repair fixed everything it found; `problem` when something is left. */
  status: 'ok' | 'problem' | 'repaired';
  problems: CheckProblem[];
  /** What the safe repair does, or what to do by hand when there is none. */
  remedy: string;
  repairable: boolean;
}

/** Every check's outcome. */
export interface CheckReport {
  ok: boolean;
  checks: CheckResult[];
}

/** Where a backup was written. */
export interface BackupOutcome {
  path: string;
  bytes: number;
}
