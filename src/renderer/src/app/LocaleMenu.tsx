import { LanguageSelect } from '../components/LanguageSelect';
import { setLocale, useLocale } from '../lib/i18n/locale';
import { strings } from '../lib/strings';

/** The interface language, in the top bar: switching redraws in place, without a reload. */
export function LocaleMenu() {
  const locale = useLocale();
  return (
    <LanguageSelect
      className="locale-menu"
      label={strings.locale.label}
      value={locale}
      onChange={setLocale}
    />
  );
}
