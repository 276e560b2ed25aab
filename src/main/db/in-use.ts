import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder, inside the data folder, where each process that opened the corpus leaves a mark. */
const MARKS = '.in-use';

/**
 * Marks the corpus as open by this process until `release` is called. SQLite cannot tell
 * whether another process merely holds a WAL database open while idle, and a restore must
 * not swap the file from under a running app.
 */
export function markInUse(dataDir: string): () => void {
  const mark = join(dataDir, MARKS, String(process.pid));
  try {
    mkdirSync(join(dataDir, MARKS), { recursive: true });
    writeFileSync(mark, new Date().toISOString());
  } catch {
    // A folder that cannot be written holds a read-only corpus, which no restore replaces.
    return () => {};
  }
  return () => rmSync(mark, { force: true });
}

/**
 * Whether a process that had the corpus open ended without closing it (a crash, a kill, a
 * power cut): its mark is still there. Ask before `processesUsing`, which clears such marks.
 */
export function leftOpenByCrash(dataDir: string): boolean {
  try {
    return readdirSync(join(dataDir, MARKS))
      .map(Number)
      .some((pid) => pid !== process.pid && !(Number.isInteger(pid) && pid > 0 && isRunning(pid)));
  } catch {
    return false;
  }
}

/** Process ids still running that have the corpus open; marks left by a crash are cleared. */
export function processesUsing(dataDir: string): number[] {
  let names: string[];
  try {
    names = readdirSync(join(dataDir, MARKS));
  } catch {
    return [];
  }
  return names.map(Number).filter((pid) => {
    if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) return true;
    rmSync(join(dataDir, MARKS, String(pid)), { force: true });
    return false;
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
