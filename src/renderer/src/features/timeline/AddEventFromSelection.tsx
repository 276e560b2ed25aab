import { useEffect, useRef, useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { api } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { strings } from '../../lib/strings';
import { formatEventDate } from './dates';

interface Selected {
  passageId: number;
  start: number;
  end: number;
  text: string;
  top: number;
  left: number;
}

/** The passage a DOM node sits in, if any. */
const passageOf = (node: Node | null) =>
  (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>(
    '[data-passage-id]',
  ) ?? null;

/** The words selected inside one passage, with their offsets in its text. */
function readSelection(): Selected | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const passage = passageOf(range.startContainer);
  if (!passage || passage !== passageOf(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(passage, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const text = range.toString();
  const box = range.getBoundingClientRect();
  return {
    passageId: Number(passage.dataset.passageId),
    start,
    end: start + text.length,
    text,
    // Above the selection, beside "Quote in note": the highlight toolbar sits below it.
    top: box.top - 6,
    left: Math.max(8, Math.min(box.left + 140, window.innerWidth - 340)),
  };
}

/**
 * Select words in a passage of the reader and date them by hand: a small form appears under
 * the selection and adds the event to the timeline.
 */
export function AddEventFromSelection() {
  const [selected, setSelected] = useState<Selected | null>(null);
  const [date, setDate] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const panel = useRef<HTMLFormElement>(null);
  const pressedInside = useRef(false);
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      pressedInside.current = panel.current?.contains(event.target as Node) ?? false;
    };
    const onChange = () => {
      // Working in the form (typing the date, pressing Add) collapses the page selection: the
      // words chosen in the passage are kept until the reader is clicked or another is chosen.
      if (panel.current?.contains(document.activeElement) || pressedInside.current) return;
      const next = readSelection();
      setSelected(next);
      if (next) setMessage(null);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('selectionchange', onChange);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('selectionchange', onChange);
    };
  }, []);
  if (!selected) return null;

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
      ref={panel}
      className="add-event"
      aria-label={strings.timeline.addTitle}
      style={{ top: selected.top, left: selected.left }}
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <TextField value={date} onChange={setDate} className="add-event__field">
        <Label>{strings.timeline.addLabel(selected.text)}</Label>
        <Input placeholder="2024-10-28" />
      </TextField>
      <Button type="submit" isDisabled={!date.trim()}>
        {strings.timeline.add}
      </Button>
      <Button onPress={() => setSelected(null)}>{strings.close}</Button>
      {message && (
        <p className="add-event__message" role="status">
          {message}
        </p>
      )}
    </Form>
  );
}
