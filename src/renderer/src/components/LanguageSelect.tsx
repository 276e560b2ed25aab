import { locales, type Locale } from '../lib/i18n/locale';
import { strings } from '../lib/strings';
import { ChoiceSelect } from './ChoiceSelect';

/**
 * A choice between the languages Recoupe speaks, each named in its own language ("Français")
 * so a reader lost in the wrong one still finds theirs.
 */
export function LanguageSelect({
  label,
  value,
  onChange,
  className,
}: {
  label: string;
  value: Locale;
  onChange: (locale: Locale) => void;
  className?: string;
}) {
  return (
    <ChoiceSelect
      label={label}
      className={className}
      choices={locales.map((locale) => ({
        id: locale,
        label: strings.locale.names[locale],
        lang: locale,
      }))}
      value={value}
      onChange={(key) => {
        const chosen = locales.find((locale) => locale === key);
        if (chosen) onChange(chosen);
      }}
    />
  );
}
