/** Error codes that cross every process boundary; the renderer maps each to a sentence. */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'unsupported-format'
  | 'empty-file'
  | 'binary-file'
  | 'bad-encoding'
  | 'too-large'
  | 'corrupt-file'
  | 'encrypted-file'
  | 'no-text-layer'
  | 'cancelled'
  | 'database-newer'
  | 'storage-failed'
  | 'corpus-damaged'
  | 'disk-full'
  | 'read-only'
  | 'unauthorized'
  | 'internal';

/** A failure carried as data rather than thrown across IPC or HTTP. */
export interface AppError {
  code: ErrorCode;
  message: string;
}

/** Every call answers with this shape, whatever door it came through. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Wraps a value as a successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Wraps a code and message as a failed result. */
export const fail = <T = never>(code: ErrorCode, message: string): Result<T> => ({
  ok: false,
  error: { code, message },
});

/** An exception that services throw to report a specific, user-facing failure. */
export class RecoupeError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RecoupeError';
  }
}
