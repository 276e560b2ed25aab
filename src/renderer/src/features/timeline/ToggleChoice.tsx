import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import './timeline.css';
import '../../components/segmented.css';

/** A small segmented control: one of a few options, always one selected. */
export function ToggleChoice<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <ToggleButtonGroup
      aria-label={label}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[value]}
      onSelectionChange={(keys) => {
        const [next] = [...keys];
        if (next) onChange(next as T);
      }}
      className="toggle-choice segmented"
    >
      {(Object.entries(options) as [T, string][]).map(([id, text]) => (
        <ToggleButton key={id} id={id} className="toggle-choice__button segmented__button">
          {text}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
