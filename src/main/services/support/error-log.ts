import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The log's folder inside the data folder, and its file. */
export const LOG_FOLDER = 'logs';
export const LOG_FILE = 'recoupe.log';
/** One file's size before it is rotated, and how many rotated files are kept. */
export const MAX_LOG_BYTES = 512 * 1024;
export const KEPT_LOG_FILES = 3;

/** One failure as the log records it. */
export interface LogEntry {
  time: string;
  /** A short reference the error message quotes, to find the entry again. */
  reference: string;
  where: string;
  message: string;
  stack: string;
}

let logFile: string | null = null;

/** Sends the failures of this process to the data folder's log (the last folder opened wins). */
export function useErrorLog(dataDir: string): string {
  logFile = join(dataDir, LOG_FOLDER, LOG_FILE);
  return logFile;
}

/** Where the log is written, or null before a corpus was opened. */
export function errorLogFile(): string | null {
  return logFile;
}

/**
 * Records an unexpected failure with its stack, so the researcher sees a sentence and a
 * reference while whoever fixes it finds the detail. Never throws: a log that cannot be
 * written (a read-only or full disk) must not turn one failure into two.
 */
export function logError(where: string, error: unknown, now: Date = new Date()): string {
  const reference = randomBytes(3).toString('hex');
  const entry: LogEntry = {
    time: now.toISOString(),
    reference,
    where,
    message: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? (error.stack ?? '') : '',
  };
  if (!logFile) return reference;
  try {
    mkdirSync(join(logFile, '..'), { recursive: true });
    rotate(logFile);
    appendFileSync(logFile, `${JSON.stringify(entry)}\n`);
  } catch {
    // Nothing more to do: the caller still answers with its sentence and reference.
  }
  return reference;
}

/** Past MAX_LOG_BYTES, recoupe.log becomes recoupe.log.1 (and so on), the oldest dropped. */
function rotate(file: string): void {
  let size = 0;
  try {
    size = statSync(file).size;
  } catch {
    return;
  }
  if (size < MAX_LOG_BYTES) return;
  rmSync(`${file}.${KEPT_LOG_FILES}`, { force: true });
  for (let index = KEPT_LOG_FILES - 1; index >= 1; index--) {
    try {
      renameSync(`${file}.${index}`, `${file}.${index + 1}`);
    } catch {
      // That rotated file did not exist yet.
    }
  }
  renameSync(file, `${file}.1`);
}

/** The newest entries, newest first, from the current file and the rotated ones. */
export function recentLogEntries(limit: number): LogEntry[] {
  if (!logFile) return [];
  const entries: LogEntry[] = [];
  for (let index = 0; index <= KEPT_LOG_FILES && entries.length < limit; index++) {
    let text: string;
    try {
      text = readFileSync(index === 0 ? logFile : `${logFile}.${index}`, 'utf8');
    } catch {
      continue;
    }
    const lines = text.split('\n').filter(Boolean).reverse();
    for (const line of lines) {
      try {
        entries.push(JSON.parse(line) as LogEntry);
      } catch {
        // A line cut short by a crash while it was written.
      }
      if (entries.length >= limit) break;
    }
  }
  return entries;
}
