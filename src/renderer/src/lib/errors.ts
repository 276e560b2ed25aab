import type { AppError, ErrorCode } from '../../../shared/result';
import { currentLocale } from './i18n/locale';
import { strings } from './strings';

/**
 * What happened, in the interface language. Main words its errors in English (the CLI shows
 * them as they are), so an English interface keeps main's detailed sentence; any other
 * language gets the catalog's sentence for the code, naming the file when main passed one.
 */
export function errorSentence(code: ErrorCode, message: string, file?: string): string {
  if (currentLocale() === 'en' && message) return message;
  const sentence = strings.errors.happened[code] ?? strings.errors.happened.internal;
  return file ? strings.errors.inFile(file, sentence) : sentence;
}

/** The sentence shown for an error: what happened, then what to try. */
export function describeError(error: AppError): { message: string; action: string } {
  return {
    message: errorSentence(error.code, error.message, error.params?.file),
    action: strings.errors.nextStep[error.code] ?? strings.errors.nextStep.internal,
  };
}
