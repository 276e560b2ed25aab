import { resolve } from 'node:path';
import type { Channel, Input, Output } from '../../shared/contract';
import type { DocumentDetail, ImportOutcome, PassageHit } from '../../shared/domain';
import { table } from './format';

/** What a command needs to run: a typed call into the services. */
export type Call = <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;

/** One CLI command: how it calls the services and how it prints for people. */
export interface Command {
  usage: string;
  summary: string;
  run(call: Call, positionals: string[], options: { limit?: number }): Promise<unknown>;
  print(value: unknown): string;
}

const positiveInteger = (text: string | undefined, what: string): number => {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new UsageError(`${what} must be a positive whole number.`);
  return value;
};

/** A mistake in how the command was typed; printed with the usage. */
export class UsageError extends Error {}

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

/** Every command, by name. */
export const commands: Record<string, Command> = {
  import: {
    usage: 'import FILE…',
    summary: 'import article files into the corpus',
    run: async (call, files) => {
      if (files.length === 0) throw new UsageError('import needs at least one file.');
      const outcomes: ImportOutcome[] = [];
      // The contract takes at most 100 sources a call; larger batches go in slices.
      for (let start = 0; start < files.length; start += 100) {
        const sources = files.slice(start, start + 100).map((file) => ({ kind: 'path' as const, path: resolve(file) }));
        outcomes.push(...(await call('corpus:import', { sources })));
      }
      return outcomes.map((outcome, index) => ({ ...outcome, file: files[index]! }));
    },
    print: (value) =>
      table(
        ['file', 'status', 'document', 'error'],
        (value as ImportOutcome[]).map((outcome) => [outcome.file, outcome.status, outcome.documentId, outcome.error]),
      ),
  },
  list: {
    usage: 'list',
    summary: 'list the documents in the corpus',
    run: async (call) =>
      (await call('corpus:list', {})).map((document) => ({
        id: document.id,
        title: document.title,
        fileName: document.fileName,
        outlet: document.outlet,
        author: document.author,
        url: document.url,
        publishedAt: document.publishedAt,
        language: document.language,
        passageCount: document.passageCount,
      })),
    print: (value) =>
      table(
        ['id', 'title', 'outlet', 'published', 'lang', 'passages'],
        (value as DocumentDetail[]).map((d) => [d.id, d.title, d.outlet, d.publishedAt, d.language, d.passageCount]),
      ),
  },
  show: {
    usage: 'show ID',
    summary: 'show one document with its passages',
    run: (call, [id]) => call('documents:get', { id: positiveInteger(id, 'ID') }),
    print: (value) => {
      const document = value as DocumentDetail;
      const header = [
        document.title,
        [document.outlet, document.author, document.publishedAt, document.language].filter(Boolean).join(' · '),
        document.url ?? '',
      ].filter(Boolean);
      const passages = document.passages.map((passage) => `[${passage.id}] ${passage.text}`);
      return [...header, '', ...passages].join('\n');
    },
  },
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
    summary: 'passages of other documents that resemble one passage',
    run: (call, [id], { limit }) => call('passages:similar', { passageId: positiveInteger(id, 'PASSAGE_ID'), limit }),
    print: hitTable,
  },
};
