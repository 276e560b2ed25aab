import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { restsOnEstimate, type TimelineEvent } from '../../../../shared/timeline';
import { SourceLine } from '../../components/SourceLine';
import { strings } from '../../lib/strings';
import { formatEventDate } from './dates';

interface EventDetailsProps {
  title: string;
  /** Folded under its title until opened (the undated events). */
  folded?: boolean;
  events: readonly TimelineEvent[];
  onOpen: (event: TimelineEvent) => void;
  onChange: (event: TimelineEvent, change: { date?: string; dismissed?: boolean }) => void;
}

/** A cluster of a whole year of events is zoomed into, not read as a list. */
const shownAtMost = 100;

/** The events of a selected cluster (or the undated ones), each with its source and actions. */
export function EventDetails({ title, folded, events, onOpen, onChange }: EventDetailsProps) {
  const list = (
    <>
      <ul className="event-details__list">
        {events.slice(0, shownAtMost).map((event) => (
          <EventEntry key={event.id} event={event} onOpen={onOpen} onChange={onChange} />
        ))}
      </ul>
      {events.length > shownAtMost && (
        <p className="muted">{strings.timeline.more(events.length - shownAtMost)}</p>
      )}
    </>
  );
  return (
    <section className="event-details" aria-label={title}>
      {folded ? (
        <details>
          <summary className="pane__title">{title}</summary>
          {list}
        </details>
      ) : (
        <>
          <h2 className="pane__title">{title}</h2>
          {list}
        </>
      )}
    </section>
  );
}

function EventEntry({
  event,
  onOpen,
  onChange,
}: {
  event: TimelineEvent;
  onOpen: EventDetailsProps['onOpen'];
  onChange: EventDetailsProps['onChange'];
}) {
  const [editing, setEditing] = useState(false);
  const [date, setDate] = useState(event.date ?? '');
  const at = event.summary.indexOf(event.mention);
  return (
    <li className="event-entry" data-event-id={event.id}>
      <div className="event-entry__meta">
        <SourceLine
          outlet={event.outlet}
          publishedAt={event.publishedAt}
          publishedBasis={event.publishedBasis}
          title={event.documentTitle}
        />
        <span className="event-entry__date">
          {formatEventDate(event)} · {strings.timeline.resolution[event.resolution]}
          {restsOnEstimate(event) && ` · ${strings.attribution.restsOnEstimate}`}
        </span>
        {event.fromBlock === 'caption' && (
          <span className="event-entry__from">{strings.timeline.fromCaption}</span>
        )}
      </div>
      <p className="event-entry__summary">
        {at < 0 ? (
          event.summary
        ) : (
          <>
            {event.summary.slice(0, at)}
            <mark>{event.mention}</mark>
            {event.summary.slice(at + event.mention.length)}
          </>
        )}
      </p>
      <div className="event-entry__actions">
        <Button onPress={() => onOpen(event)}>{strings.timeline.openInReader}</Button>
        <Button onPress={() => setEditing((value) => !value)} aria-expanded={editing}>
          {strings.timeline.editDate}
        </Button>
        <Button onPress={() => onChange(event, { dismissed: true })}>
          {strings.timeline.dismiss}
        </Button>
      </div>
      {editing && (
        <Form
          className="event-entry__edit"
          onSubmit={(submit) => {
            submit.preventDefault();
            onChange(event, { date });
            setEditing(false);
          }}
        >
          <TextField value={date} onChange={setDate} autoFocus>
            <Label>{strings.timeline.dateLabel}</Label>
            <Input />
          </TextField>
          <Button type="submit">{strings.timeline.save}</Button>
        </Form>
      )}
    </li>
  );
}
