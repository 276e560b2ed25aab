import type { DocumentDetail } from '../../../shared/domain';
import { positiveInteger, type Command } from './command';

/** Re-process documents from their stored original bytes. */
export const importCommands: Record<string, Command> = {
  reprocess: {
    usage: 'reprocess ID…',
    summary: 're-make documents from their original files with the current cleaning rules',
    run: async (call, ids) => {
      const documents: DocumentDetail[] = [];
      for (const id of ids) {
        documents.push(await call('documents:reprocess', { id: positiveInteger(id, 'ID') }));
      }
      return documents.map(({ id, title, passages }) => ({
        id,
        title,
        passageCount: passages.length,
      }));
    },
    print: (value) =>
      (value as { id: number; title: string; passageCount: number }[])
        .map((document) => `${document.id}\t${document.title}\t${document.passageCount} passages`)
        .join('\n'),
  },
};
