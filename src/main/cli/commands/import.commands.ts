import type { DocumentDetail, ReprocessJob } from '../../../shared/domain';
import { positiveInteger, UsageError, type Command } from './command';

/** Re-process documents from their stored original bytes, and correct their fields. */
export const importCommands: Record<string, Command> = {
  set: {
    usage: 'set ID [--title T] [--outlet O] [--author A] [--published DATE] [--url U]',
    arguments: 1,
    summary: 'correct a document’s fields (kept across re-processing; "auto" gives one back)',
    run: async (call, [id], { fields = {} }) => {
      const given = Object.entries(fields).filter(([, value]) => value !== undefined);
      if (given.length === 0) {
        throw new UsageError(
          'set needs at least one of --title, --outlet, --author, --published, --url.',
        );
      }
      const document = await call('documents:update', {
        id: positiveInteger(id, 'ID'),
        fields: Object.fromEntries(
          given.map(([field, value]) => [field, value === 'auto' ? null : value]),
        ),
      });
      const { passages: _passages, text: _text, ...summary } = document;
      return summary;
    },
    print: (value) => {
      const document = value as Omit<DocumentDetail, 'passages' | 'text'>;
      return [document.title, document.outlet, document.author, document.publishedAt, document.url]
        .map((field) => field ?? '—')
        .join('\n');
    },
  },
  reprocess: {
    usage: 'reprocess ID… | reprocess --all',
    summary:
      're-make documents from their original files with the current cleaning rules (--all: every one, after an automatic backup)',
    run: async (call, ids, { all }) => {
      if (all) {
        if (ids.length > 0) throw new UsageError('Give document ids or --all, not both.');
        let job = await call('documents:reprocessAll', {});
        // The CLI stays until the background job ends, then reports how it went.
        while (job.state === 'running') {
          await new Promise((done) => setTimeout(done, 100));
          job = await call('documents:reprocessAllStatus', {});
        }
        return job;
      }
      if (ids.length === 0) throw new UsageError('reprocess needs document ids, or --all.');
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
    print: (value) => {
      if (!Array.isArray(value)) {
        const job = value as ReprocessJob;
        const failed = job.failed > 0 ? `; ${job.failed} kept as they were: ${job.error}` : '';
        return `${job.done} of ${job.total} documents re-processed (${job.state})${failed}`;
      }
      return (value as { id: number; title: string; passageCount: number }[])
        .map((document) => `${document.id}\t${document.title}\t${document.passageCount} passages`)
        .join('\n');
    },
    failed: (value) =>
      !Array.isArray(value) &&
      ((value as ReprocessJob).state !== 'done' || (value as ReprocessJob).failed > 0),
  },
};
