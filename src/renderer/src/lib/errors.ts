import type { AppError, ErrorCode } from '../../../shared/result';

/** What to tell a researcher for each error code: what to try next. */
const nextStep: Record<ErrorCode, string> = {
  'invalid-input': 'This looks like a bug in Recoupe; please report it.',
  'not-found': 'It may have been deleted. Refresh the library.',
  'unsupported-format':
    'Convert the file to a supported format, or copy its text into a .txt file.',
  'empty-file': 'Check that the file holds the article’s text.',
  'binary-file': 'Check that this is the article you meant to import.',
  'bad-encoding': 'Save the file as UTF-8 text and import it again.',
  'too-large': 'Split the file into smaller ones.',
  'corrupt-file': 'Open the file in its own application and save it again.',
  'encrypted-file': 'Remove the password (print or export it to a new PDF), then import it again.',
  'no-text-layer': 'Run it through OCR (for example ocrmypdf) and import the result.',
  cancelled: 'Import it again when you are ready.',
  'database-newer': 'Install the newest version of Recoupe.',
  'storage-failed': 'Check that the disk has free space, then try again.',
  'corpus-damaged':
    'Use the message at the top of the window: it says what is hit and offers the way back.',
  'disk-full': 'Free some space on the disk, then try again.',
  'read-only':
    'Check that the data folder can be written (permissions, a locked or full drive), then restart Recoupe.',
  unauthorized: 'Reopen the address that Recoupe printed when it started.',
  internal:
    'Try again; if it keeps failing, use Report a problem (Help menu, or the command palette).',
};

/** The sentence shown for an error: what happened, then what to try. */
export function describeError(error: AppError): { message: string; action: string } {
  return { message: error.message, action: nextStep[error.code] ?? nextStep.internal };
}
