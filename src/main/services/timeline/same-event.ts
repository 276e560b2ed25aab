import type { EventSource, SameEvent, TimelineEvent } from '../../../shared/timeline';
import { contentStems, stemLanguage } from '../text/stems';
import { pattern } from './lexicon';

/** Content words two sentences must share to be read as one event (besides the date). */
const MIN_SHARED = 3;
/** Share of the shorter sentence's content words the other must hold. */
const MIN_CONTAINMENT = 0.4;

/** Date words say when, not what: two reports of different things on one day share them. */
const DATE_WORDS = new RegExp(
  `\\b(?:${pattern.month}|${pattern.weekday}|${pattern.year}|\\d{1,2}(?:er|st|nd|rd|th)?|h|hier|aujourd'hui|yesterday|today|matin|soir|nuit|morning|evening|night)\\b`,
  'giu',
);

interface Reading {
  event: TimelineEvent;
  stems: Set<string>;
}

/**
 * Groups the events that report one thing: same day (events dated to the day or the minute;
 * months, years and spans are too coarse to tell two events apart), other documents, and
 * sentences sharing at least three content words and two fifths of the shorter one's, with
 * every member agreeing with every other (no chains of loosely related reports). A false
 * grouping hides an event behind another, so the rule errs on the side of leaving apart.
 */
export function groupSameEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const byDay = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const day = dayOf(event);
    if (!day) continue;
    const list = byDay.get(day);
    if (list) list.push(event);
    else byDay.set(day, [event]);
  }
  const sameEventOf = new Map<number, SameEvent>();
  for (const dayEvents of byDay.values()) {
    if (new Set(dayEvents.map((event) => event.documentId)).size < 2) continue;
    for (const group of groupsOfDay(dayEvents.map(read))) {
      const sameEvent = describe(group);
      for (const { event } of group) sameEventOf.set(event.id, sameEvent);
    }
  }
  return events.map((event) => ({ ...event, sameEvent: sameEventOf.get(event.id) ?? null }));
}

function dayOf(event: TimelineEvent): string | null {
  if (event.dismissed || !event.start) return null;
  return event.precision === 'day' || event.precision === 'time' ? event.start.slice(0, 10) : null;
}

function read(event: TimelineEvent): Reading {
  const text = event.summary.replace(event.mention, ' ').replace(DATE_WORDS, ' ');
  return { event, stems: new Set(contentStems(text, stemLanguage(text, null))) };
}

/** Each event joins the first group whose every member it agrees with, one per document. */
function groupsOfDay(readings: readonly Reading[]): Reading[][] {
  const groups: Reading[][] = [];
  for (const reading of readings) {
    const home = groups.find(
      (group) =>
        group.every((member) => member.event.documentId !== reading.event.documentId) &&
        group.every((member) => agree(member.stems, reading.stems)),
    );
    if (home) home.push(reading);
    else groups.push([reading]);
  }
  return groups.filter((group) => group.length > 1);
}

function agree(first: ReadonlySet<string>, second: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const stem of first) if (second.has(stem)) shared++;
  return shared >= MIN_SHARED && shared / Math.min(first.size, second.size) >= MIN_CONTAINMENT;
}

function describe(group: readonly Reading[]): SameEvent {
  const ordered = [...group].sort((a, b) =>
    (a.event.publishedAt ?? '9999').localeCompare(b.event.publishedAt ?? '9999'),
  );
  const sources: EventSource[] = ordered.map(({ event }) => ({
    eventId: event.id,
    documentId: event.documentId,
    passageId: event.passageId,
    passageOrdinal: event.passageOrdinal,
    outlet: event.outlet,
    documentTitle: event.documentTitle,
    publishedAt: event.publishedAt,
    summary: event.summary,
  }));
  const shared = [...ordered[0]!.stems].filter((stem) =>
    ordered.every(({ stems }) => stems.has(stem)),
  );
  return {
    key: `same ${Math.min(...group.map(({ event }) => event.id))}`,
    sources,
    words: wordsAsWritten(ordered[0]!.event.summary, new Set(shared)),
  };
}

/** The words of `text` whose stem is among `stems`, each once, as written. */
function wordsAsWritten(text: string, stems: ReadonlySet<string>): string[] {
  const language = stemLanguage(text, null);
  const found: string[] = [];
  const seen = new Set<string>();
  for (const word of text.match(/[\p{L}\p{N}]+(?:[-’'][\p{L}\p{N}]+)*/gu) ?? []) {
    const [stem] = contentStems(word, language);
    if (stem && stems.has(stem) && !seen.has(stem)) {
      seen.add(stem);
      found.push(word);
    }
  }
  return found;
}
