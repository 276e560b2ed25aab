import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { api } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { strings } from '../../lib/strings';
import { formatEventDate } from './dates';
import '../../components/buttons.css';
import './add-event.css';

/** Words selected in one passage: offsets are inside the passage's own text. */
export interface SelectedWords {
  passageId: number;
  start: number;
  end: number;
  text: string;
}

interface AddEventFormProps {
  selected: SelectedWords;
  onClose: () => void;
}

/**
 * Dates selected words by hand, opened from the selection toolbar only when asked. The field
 * starts empty, on dated and undated articles alike: a date the reader did not type would be a
 * date the app made up.
 */
export function AddEventForm({ selected, onClose }: AddEventFormProps) {
  const [date, setDate] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const add = async () => {
    const result = await api.invoke('timeline:add', {
      passageId: selected.passageId,
      date: date.trim(),
      mentionStart: selected.start,
      mentionEnd: selected.end,
    });
    setMessage(
      result.ok
        ? strings.timeline.added(result.value.date ? formatEventDate(result.value) : date)
        : describeError(result.error).message,
    );
    if (result.ok) setDate('');
  };
  return (
    <Form
      className="add-event"
      aria-label={strings.timeline.addTitle}
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <TextField value={date} onChange={setDate} className="add-event__field" autoFocus>
        <Label>{strings.timeline.addLabel(selected.text)}</Label>
        <Input
          placeholder={strings.timeline.datePlaceholder}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onClose();
          }}
        />
      </TextField>
      <div className="add-event__buttons">
        <Button type="submit" isDisabled={!date.trim()} className="button--primary">
          {strings.timeline.add}
        </Button>
        <Button onPress={onClose}>{strings.close}</Button>
      </div>
      {message && (
        <p className="add-event__message" role="status">
          {message}
        </p>
      )}
    </Form>
  );
}
