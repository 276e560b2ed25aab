import { ChoiceSelect } from '../../components/ChoiceSelect';

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
  return (
    <ChoiceSelect
      label={label}
      choices={[{ id: everything, label: allLabel }, ...options]}
      value={value ?? everything}
      onChange={(id) => onChange(id === everything ? null : id)}
    />
  );
}
