import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';
import { locales, type Locale } from '../lib/i18n/locale';
import { strings } from '../lib/strings';
import './filter-select.css';

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
    <Select
      className={`filter-select ${className ?? ''}`}
      value={value}
      onChange={(key) => {
        const chosen = locales.find((locale) => locale === key);
        if (chosen) onChange(chosen);
      }}
    >
      <Label className="filter-select__label">{label}</Label>
      <Button className="filter-select__button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="filter-select__popover">
        <ListBox className="filter-select__list">
          {locales.map((locale) => (
            <ListBoxItem key={locale} id={locale} lang={locale} className="filter-select__option">
              {strings.locale.names[locale]}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
