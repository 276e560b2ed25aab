import { z } from 'zod';
import { channel } from './channel';

/** The automatic backups and their size budget, for the settings. */
export interface BackupsSummary {
  folder: string;
  backups: { path: string; takenAt: string; bytes: number }[];
  totalBytes: number;
  budgetBytes: number;
}

/** The smallest size budget: below it, one backup of a modest corpus would not fit. */
export const MINIMUM_BUDGET_MEGABYTES = 50;

/** Automatic backups: what is kept, and the size budget they stay within. */
export const backupsContract = {
  'backups:list': channel<BackupsSummary>()(z.object({})),
  'backups:setBudget': channel<BackupsSummary>()(
    z.object({ megabytes: z.number().int().min(MINIMUM_BUDGET_MEGABYTES).max(10_000_000) }),
  ),
};
