import { z } from 'zod';
import { channel } from './channel';

/** One logged failure, without its stack (that stays in the file). */
export interface ReportedFailure {
  time: string;
  reference: string;
  where: string;
  message: string;
}

/** What _Report a problem_ shows: where the log is and its newest entries. */
export interface ProblemReport {
  /** The log file in the data folder, or null when no corpus was opened. */
  logFile: string | null;
  entries: ReportedFailure[];
}

/** Helping the researcher report a problem. */
export const supportContract = {
  'support:report': channel<ProblemReport>()(
    z.object({ limit: z.number().int().min(1).max(50).default(10) }),
  ),
};
