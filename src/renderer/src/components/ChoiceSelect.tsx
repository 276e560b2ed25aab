import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';
import './filter-select.css';

/** One entry of a ChoiceSelect; `lang` marks an entry written in another language. */
export interface Choice {
  id: string;
  label: string;
  lang?: string;
}

/** A labelled single choice in a popover list (react-aria Select), as every view draws one. */
export function ChoiceSelect({
  label,
  choices,
  value,
  onChange,
  className,
}: {
  label: string;
  choices: readonly Choice[];
  value: string;
  onChange: (id: string) => void;
  className?: string;
}) {
  return (
    <Select
      className={`filter-select ${className ?? ''}`}
      value={value}
      onChange={(key) => {
        if (key !== null) onChange(String(key));
      }}
    >
      <Label className="filter-select__label">{label}</Label>
      <Button className="filter-select__button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="filter-select__popover">
        <ListBox items={choices} className="filter-select__list">
          {(choice) => (
            <ListBoxItem id={choice.id} lang={choice.lang} className="filter-select__option">
              {choice.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
