import { z } from 'zod';
import { channel } from './channel';

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

/** Consistency checks, repairs and backups of the corpus. */
export const maintenanceContract = {
  'corpus:check': channel<CheckReport>()(z.object({ repair: z.boolean().default(false) })),
  'corpus:backup': channel<BackupOutcome>()(
    z.object({
      /** An absolute path for the new file; by default a dated file in the data folder's backups/. */
      path: z.string().min(1).max(4096).optional(),
    }),
  ),
};
