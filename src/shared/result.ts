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
  /** English, for the CLI and logs; the renderer words the code in the interface language. */
  message: string;
  /** What the renderer needs to word the code itself, such as the file it is about. */
  params?: ErrorParams;
}

/** The details an error code is worded with in another language. */
export interface ErrorParams {
  file?: string;
}

/** Every call answers with this shape, whatever door it came through. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Wraps a value as a successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Wraps a code and message as a failed result. */
export const fail = <T = never>(
  code: ErrorCode,
  message: string,
  params?: ErrorParams,
): Result<T> => ({
  ok: false,
  error: params ? { code, message, params } : { code, message },
});

/** An exception that services throw to report a specific, user-facing failure. */
export class RecoupeError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: ErrorParams,
  ) {
    super(message);
    this.name = 'RecoupeError';
  }
}

/** The failure every call naming a document that is not in the corpus answers with. */
export function documentNotFound(id: number): RecoupeError {
  return new RecoupeError('not-found', `Document ${id} does not exist.`);
}
