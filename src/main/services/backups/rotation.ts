/** One automatic backup on disk. */
export interface BackupFile {
  path: string;
  takenAt: Date;
  bytes: number;
}

/** How many of each kind rotation keeps. */
export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The Monday (UTC) of a date's week, as a key. */
function week(date: Date): string {
  const monday = new Date(date);
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return day(monday);
}

/** The newest file of each period, for the `limit` most recent periods. */
function newestPerPeriod(
  files: BackupFile[],
  period: (date: Date) => string,
  limit: number,
): BackupFile[] {
  const seen = new Map<string, BackupFile>();
  for (const file of files) {
    const key = period(file.takenAt);
    if (!seen.has(key) && seen.size < limit) seen.set(key, file);
  }
  return [...seen.values()];
}

/**
 * Which automatic backups to keep: the newest of each of the last 7 days that have one, then
 * the newest of each of the 4 weeks before those days; then, oldest first, whatever exceeds the
 * size budget goes, except the newest backup, which is always kept.
 */
export function backupsToKeep(files: readonly BackupFile[], budgetBytes: number): BackupFile[] {
  const newestFirst = [...files].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const daily = newestPerPeriod(newestFirst, day, KEEP_DAILY);
  const oldestDaily = daily.at(-1)?.takenAt.getTime() ?? Infinity;
  const weekly = newestPerPeriod(
    newestFirst.filter((file) => file.takenAt.getTime() < oldestDaily && !daily.includes(file)),
    week,
    KEEP_WEEKLY,
  );
  const kept = [...daily, ...weekly].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  let total = 0;
  return kept.filter((file, index) => {
    total += file.bytes;
    return index === 0 || total <= budgetBytes;
  });
}
