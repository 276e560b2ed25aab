import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';
import '../../components/filter-select.css';

const everything = '*';

/** A labelled single choice with an "all" entry first, for the timeline's filters. */
export function FilterSelect({
  label,
  allLabel,
  options,
  value,
  onChange,
}: {
  label: string;
  allLabel: string;
  options: { id: string; label: string }[];
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const items = [{ id: everything, label: allLabel }, ...options];
  return (
    <Select
      className="filter-select"
      value={value ?? everything}
      onChange={(key) => onChange(key === everything || key === null ? null : String(key))}
    >
      <Label className="filter-select__label">{label}</Label>
      <Button className="filter-select__button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="filter-select__popover">
        <ListBox items={items} className="filter-select__list">
          {(item) => (
            <ListBoxItem id={item.id} className="filter-select__option">
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
