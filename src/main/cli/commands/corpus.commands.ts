import { resolve } from 'node:path';
import type { DocumentDetail, ImportOutcome } from '../../../shared/domain';
import { table } from '../format';
import { positiveInteger, UsageError, type Command } from './command';

/** Import, list and show documents. */
export const corpusCommands: Record<string, Command> = {
  import: {
    usage: 'import FILE…',
    summary: 'import article files into the corpus',
    run: async (call, files) => {
      if (files.length === 0) throw new UsageError('import needs at least one file.');
      const outcomes: ImportOutcome[] = [];
      // The contract takes at most 100 sources a call; larger batches go in slices.
      for (let start = 0; start < files.length; start += 100) {
        const sources = files
          .slice(start, start + 100)
          .map((file) => ({ kind: 'path' as const, path: resolve(file) }));
        outcomes.push(...(await call('corpus:import', { sources })));
      }
      return outcomes.map((outcome, index) => ({ ...outcome, file: files[index]! }));
    },
    print: (value) =>
      table(
        ['file', 'status', 'document', 'error'],
        (value as ImportOutcome[]).map((outcome) => [
          outcome.file,
          outcome.status,
          outcome.documentId,
          outcome.error,
        ]),
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
        (value as DocumentDetail[]).map((d) => [
          d.id,
          d.title,
          d.outlet,
          d.publishedAt,
          d.language,
          d.passageCount,
        ]),
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
        [document.outlet, document.author, document.publishedAt, document.language]
          .filter(Boolean)
          .join(' · '),
        document.url ?? '',
      ].filter(Boolean);
      const passages = document.passages.map((passage) => `[${passage.id}] ${passage.text}`);
      return [...header, '', ...passages].join('\n');
    },
  },
};
