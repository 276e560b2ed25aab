import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from './locale';

type Values = Record<string, string | number>;

/**
 * An ICU message formatter bound to one language: `format('{count, plural, one {# passage}
 * other {# passages}}', { count })`. Compiled patterns are cached, so a catalog function costs
 * one lookup per call after the first.
 */
export function messageFormatter(locale: Locale): (pattern: string, values?: Values) => string {
  const compiled = new Map<string, IntlMessageFormat>();
  return (pattern, values) => {
    let message = compiled.get(pattern);
    if (!message) {
      message = new IntlMessageFormat(pattern, locale);
      compiled.set(pattern, message);
    }
    return String(message.format(values));
  };
}
