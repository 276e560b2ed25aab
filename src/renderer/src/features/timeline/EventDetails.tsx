import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { restsOnEstimate, type TimelineEvent } from '../../../../shared/timeline';
import { SourceLine, sourceLineOf } from '../../components/SourceLine';
import { strings } from '../../lib/strings';
import { formatEventDate } from './dates';
import './timeline.css';

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

/** One entry per event: the reports of one event by several sources follow its first one. */
function entriesOf(events: readonly TimelineEvent[]) {
  const entries: { event: TimelineEvent; others: TimelineEvent[] }[] = [];
  const byKey = new Map<string, { event: TimelineEvent; others: TimelineEvent[] }>();
  for (const event of events) {
    const key = event.sameEvent?.key;
    const entry = key === undefined ? undefined : byKey.get(key);
    if (entry) {
      entry.others.push(event);
      continue;
    }
    const created = { event, others: [] };
    entries.push(created);
    if (key !== undefined) byKey.set(key, created);
  }
  return entries;
}

/** The events of a selected cluster (or the undated ones), each with its source and actions. */
export function EventDetails({ title, folded, events, onOpen, onChange }: EventDetailsProps) {
  const list = (
    <>
      <ul className="event-details__list">
        {entriesOf(events)
          .slice(0, shownAtMost)
          .map(({ event, others }) => (
            <EventEntry
              key={event.id}
              event={event}
              others={others}
              onOpen={onOpen}
              onChange={onChange}
            />
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
  others,
  onOpen,
  onChange,
}: {
  event: TimelineEvent;
  /** The same event as other sources report it. */
  others: readonly TimelineEvent[];
  onOpen: EventDetailsProps['onOpen'];
  onChange: EventDetailsProps['onChange'];
}) {
  const [editing, setEditing] = useState(false);
  const [date, setDate] = useState(event.date ?? '');
  const at = event.summary.indexOf(event.mention);
  return (
    <li className="event-entry" data-event-id={event.id}>
      <div className="event-entry__meta">
        <SourceLine {...sourceLineOf(event)} />
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
      {others.length > 0 && event.sameEvent && (
        <div className="event-entry__sources">
          <p className="muted">
            {strings.timeline.sameEvent(others.length + 1, event.sameEvent.words.join(', '))}
          </p>
          <ul aria-label={strings.timeline.otherSources}>
            {others.map((other) => (
              <li key={other.id} data-event-id={other.id}>
                <SourceLine {...sourceLineOf(other)} />
                <span className="event-entry__summary">{other.summary}</span>
                <Button onPress={() => onOpen(other)}>{strings.timeline.openInReader}</Button>
              </li>
            ))}
          </ul>
        </div>
      )}
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
