import { restsOnEstimate, type TimelineEvent } from '../../../shared/timeline';
import { table } from '../format';
import { positiveInteger, UsageError, type Command } from './command';

/** The timeline: events dated from the text, earliest first. */
export const timelineCommands: Record<string, Command> = {
  timeline: {
    usage: 'timeline [QUERY]',
    summary: 'list dated events (date, precision, passage, text)',
    run: async (call, words) =>
      (await call('timeline:list', { query: words.join(' ') || undefined }))
        // An event several sources report is one row, at its first source, listing them all.
        .filter(
          (event: TimelineEvent) =>
            !event.sameEvent || event.sameEvent.sources[0]!.eventId === event.id,
        )
        .map((event: TimelineEvent) => ({
          date: event.date,
          precision: event.precision,
          passageId: event.passageId,
          documentId: event.documentId,
          text: event.mention,
          resolution: event.resolution,
          ...(restsOnEstimate(event) ? { restsOnEstimate: true } : {}),
          summary: event.summary,
          /** "caption" when a photo caption, not the article text, dated it. */
          from: event.fromBlock ?? 'text',
          ...(event.sameEvent
            ? {
                sources: event.sameEvent.sources.map((source) => ({
                  documentId: source.documentId,
                  passageId: source.passageId,
                  outlet: source.outlet ?? source.documentTitle,
                  summary: source.summary,
                })),
                /** What makes them one event besides the day: the words their sentences share. */
                sharedWords: event.sameEvent.words,
              }
            : {}),
        })),
    print: (value) =>
      table(
        ['date', 'precision', 'resolution', 'document', 'passage', 'from', 'text', 'sentence'],
        (value as { [key: string]: unknown }[]).map((event) => [
          event.date ?? '(unresolved)',
          event.precision,
          event.resolution,
          event.documentId,
          event.passageId,
          [
            event.from === 'text' ? '' : `from a ${String(event.from)}`,
            Array.isArray(event.sources) ? `${event.sources.length} sources` : '',
            // As the app's timeline says it: "samedi" worked out from an estimated publish date
            // is itself an estimate, and the table printed it as plainly as a stated date.
            event.restsOnEstimate ? 'rests on an estimated publish date' : '',
          ]
            .filter(Boolean)
            .join(', '),
          event.text,
          event.summary,
        ]),
      ),
  },
  'timeline-add': {
    usage: 'timeline-add PASSAGE_ID DATE',
    arguments: 2,
    summary: 'date a passage by hand (2024-10-28, 2024-10, 2024-10-27/2024-10-28)',
    run: (call, [id, date]) => {
      if (!date) throw new UsageError('timeline-add needs a passage id and a date.');
      return call('timeline:add', { passageId: positiveInteger(id, 'PASSAGE_ID'), date });
    },
    print: (value) => {
      const event = value as TimelineEvent;
      return `event ${event.id}: ${event.date} (${event.precision}) on passage ${event.passageId}`;
    },
  },
  'timeline-reindex': {
    usage: 'timeline-reindex DOCUMENT_ID',
    arguments: 1,
    summary: 'read a document’s dates again (after its publish date changed)',
    run: (call, [id]) =>
      call('timeline:reindex', { documentId: positiveInteger(id, 'DOCUMENT_ID') }),
    print: (value) => `${(value as { events: number }).events} events`,
  },
};
