import { Input, SearchField } from 'react-aria-components';
import './field.css';

/**
 * A field that filters a list as one types: named for screen readers by `label`, a placeholder
 * for the eye, Escape clears it (react-aria SearchField).
 */
export function SearchInput({
  label,
  placeholder,
  value,
  onChange,
  className,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  className: string;
}) {
  return (
    <SearchField aria-label={label} value={value} onChange={onChange} className={className}>
      <Input className="text-input" placeholder={placeholder} />
    </SearchField>
  );
}
