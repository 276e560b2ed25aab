import type { PassageHit } from '../../../shared/domain';
import { table } from '../format';
import { positiveInteger, UsageError, type Command } from './command';

const hitTable = (value: unknown) =>
  table(
    ['passage', 'document', 'score', 'source', 'text'],
    (value as PassageHit[]).map((hit) => [
      hit.passageId,
      hit.documentId,
      hit.score.toFixed(3),
      hit.outlet ?? hit.documentTitle,
      hit.text,
    ]),
  );

/** Search and similar passages. */
export const searchCommands: Record<string, Command> = {
  search: {
    usage: 'search QUERY [--limit N]',
    summary: 'search passages (full text and vectors, fused)',
    run: (call, words, { limit }) => {
      if (words.length === 0) throw new UsageError('search needs a query.');
      return call('search:query', { query: words.join(' '), limit });
    },
    print: hitTable,
  },
  similar: {
    usage: 'similar PASSAGE_ID [--limit N]',
    arguments: 1,
    summary: 'passages of other documents that resemble one passage',
    run: (call, [id], { limit }) =>
      call('crosscheck:similar', { passageId: positiveInteger(id, 'PASSAGE_ID'), limit }),
    print: hitTable,
  },
};
