import type { Highlight, ReanchorReport } from '../../../shared/highlights';
import { table } from '../format';
import { positiveInteger, type Command } from './command';

/** A document's highlights, and re-anchoring them against its current text. */
export const readerCommands: Record<string, Command> = {
  highlights: {
    usage: 'highlights ID',
    arguments: 1,
    summary: "list a document's highlights, orphans included, with their quotes",
    run: (call, [id]) => call('highlights:list', { documentId: positiveInteger(id, 'ID') }),
    print: (value) =>
      table(
        ['id', 'status', 'colour', 'start', 'end', 'quote', 'comment', 'tags'],
        (value as Highlight[]).map((highlight) => [
          highlight.id,
          highlight.status,
          highlight.color,
          highlight.start,
          highlight.end,
          highlight.exact,
          highlight.comment,
          highlight.tags.join(', '),
        ]),
      ),
  },
  reanchor: {
    usage: 'reanchor ID',
    arguments: 1,
    summary: "re-anchor a document's highlights against its current text",
    run: (call, [id]) => call('highlights:reanchor', { documentId: positiveInteger(id, 'ID') }),
    print: (value) => {
      const { documentId, counts } = value as ReanchorReport;
      const parts = Object.entries(counts).map(([status, count]) => `${count} ${status}`);
      return `Document ${documentId}: ${parts.join(', ')}.`;
    },
  },
};
