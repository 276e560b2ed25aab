import { parseDate } from '@internationalized/date';
import { DateField, DateInput, DateSegment, Label } from 'react-aria-components';
import './day-field.css';

function toDate(iso: string) {
  try {
    return iso ? parseDate(iso) : null;
  } catch {
    return null;
  }
}

/**
 * A day typed in the interface language's order (jj/mm/aaaa in French, mm/dd/yyyy in English):
 * a native date input follows the browser's language instead. Value and changes are ISO days.
 */
export function DayField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (iso: string) => void;
}) {
  return (
    <DateField
      className="day-field"
      value={toDate(value)}
      onChange={(date) => onChange(date ? date.toString() : '')}
    >
      <Label>{label}</Label>
      <DateInput className="day-field__input">
        {(segment) => <DateSegment segment={segment} className="day-field__segment" />}
      </DateInput>
    </DateField>
  );
}
