import type { ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useLocale } from '../lib/i18n/locale';

/** Gives React Aria (its own words, date fields, number order) the interface language. */
export function LocaleRoot({ children }: { children: ReactNode }) {
  const locale = useLocale();
  return <I18nProvider locale={locale}>{children}</I18nProvider>;
}
