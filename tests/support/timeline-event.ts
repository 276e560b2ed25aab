import type { TimelineEvent } from '../../src/shared/timeline';

let nextId = 1;

/** A timeline event of one day, as the service lists it, for tests that build their own. */
export function timelineEvent(
  documentId: number,
  day: string,
  fields: Partial<TimelineEvent> = {},
): TimelineEvent {
  return {
    id: nextId++,
    documentId,
    passageId: documentId * 100 + nextId,
    passageOrdinal: 0,
    date: day,
    start: `${day}T00:00`,
    end: `${day}T23:59`,
    precision: 'day',
    resolution: 'relative',
    mention: 'jeudi',
    summary: 'Jeudi, il a parlé.',
    origin: 'extracted',
    fromBlock: null,
    dismissed: false,
    documentTitle: `Document ${documentId}`,
    outlet: null,
    publishedAt: '2025-11-18',
    publishedBasis: null,
    sameEvent: null,
    ...fields,
  };
}
