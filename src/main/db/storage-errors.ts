import { RecoupeError } from '../../shared/result';

// SQLite's primary result codes (the low byte of an extended code) that mean the storage,
// not the input, is at fault.
const SQLITE_BUSY = 5;
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;

const DAMAGE_WORDS = /malformed|corrupt|blob read error|not a database/i;

/** The answer to any read that met a damaged page of the corpus file. */
export function damaged(): RecoupeError {
  return new RecoupeError(
    'corpus-damaged',
    'Part of the corpus file is damaged. Run `recoupe check` to see where, then rebuild the indexes or restore the newest backup (the app offers both at the top of its window).',
  );
}

/**
 * Turns a SQLite error from node:sqlite into the RecoupeError a researcher can act on (disk
 * full, read-only folder, damaged file), or returns null when it is not a storage failure.
 */
export function storageError(error: unknown): RecoupeError | null {
  if (error instanceof RecoupeError) return error;
  const code = (error as { errcode?: unknown } | null)?.errcode;
  if (typeof code !== 'number') return null;
  // sqlite-vec and FTS5 report a damaged page as a generic error with these words.
  if (DAMAGE_WORDS.test((error as Error).message ?? '')) return damaged();
  switch (code & 0xff) {
    case SQLITE_FULL:
      return new RecoupeError(
        'disk-full',
        'The disk holding the corpus is full: nothing was saved from this change, and what was saved before is intact.',
      );
    case SQLITE_READONLY:
      return new RecoupeError(
        'read-only',
        'The corpus is open read-only (its data folder cannot be written): you can read and search, but not change it.',
      );
    case SQLITE_CORRUPT:
      return damaged();
    case SQLITE_BUSY:
      return new RecoupeError(
        'storage-failed',
        'The corpus is busy with another Recoupe process; try again in a moment.',
      );
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      return new RecoupeError(
        'storage-failed',
        `The corpus could not be read or written (${(error as Error).message}). Check the disk and the data folder.`,
      );
    default:
      return null;
  }
}
