import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DocumentDetail, DocumentSummary, ImportOutcome } from '../../../shared/domain';
import { walk } from '../../services/import/import-jobs';
import { table } from '../format';
import { positiveInteger, UsageError, type Call, type Command } from './command';

/** The document fields the CLI reports after an import. */
function documentFields(document: DocumentDetail) {
  const { title, titleMadeUp, outlet, author, url, publishedAt, publishedAtSource } = document;
  const { publishedBasis, publishedPrecision, publishedEarliest, publishedLatest } = document;
  return {
    title,
    titleMadeUp,
    outlet,
    author,
    url,
    publishedAt,
    publishedAtSource,
    publishedBasis,
    publishedPrecision,
    publishedEarliest,
    publishedLatest,
    language: document.language,
  };
}

/** A document's fields with the evidence behind its date, outlet, author and title. */
async function withEvidence(call: Call, document: DocumentDetail) {
  const { attribution } = await call('documents:source', { id: document.id });
  return { ...documentFields(document), evidence: attribution };
}

/** Files named on the command line, with folders replaced by the importable files they hold. */
async function expandFolders(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const folder = await stat(path).then(
      (info) => info.isDirectory(),
      () => false,
    );
    if (!folder) files.push(path);
    else for await (const file of walk(path)) files.push(file);
  }
  return files;
}

/** Documents from `offset`, newest first: `limit` of them, or all, read a page at a time. */
async function listPages(call: Call, offset: number, limit?: number): Promise<DocumentSummary[]> {
  const documents: DocumentSummary[] = [];
  for (;;) {
    const wanted = Math.min(500, (limit ?? Infinity) - documents.length);
    const start = offset + documents.length;
    const page = await call('corpus:page', { sort: 'newest', offset: start, limit: wanted });
    documents.push(...page.documents);
    if (page.documents.length < wanted || documents.length === limit) return documents;
  }
}

/** "≈ 2024-10-28 (estimated)": the date with its basis, an estimate never shown as stated. */
function datedAs(document: DocumentDetail): string | null {
  if (!document.publishedAt) return null;
  const day = document.publishedAt.slice(0, 10);
  return document.publishedBasis === 'estimated' ? `≈ ${day} (estimated)` : day;
}

/** Import, list and show documents. */
export const corpusCommands: Record<string, Command> = {
  import: {
    usage: 'import FILE…',
    summary: 'import article files into the corpus',
    run: async (call, paths) => {
      if (paths.length === 0) throw new UsageError('import needs at least one file.');
      const files = await expandFolders(paths);
      const outcomes: ImportOutcome[] = [];
      // The contract takes at most 100 sources a call; larger batches go in slices.
      for (let start = 0; start < files.length; start += 100) {
        const sources = files
          .slice(start, start + 100)
          .map((file) => ({ kind: 'path' as const, path: resolve(file) }));
        outcomes.push(...(await call('corpus:import', { sources })));
      }
      const described = [];
      for (const [index, outcome] of outcomes.entries()) {
        const fields = outcome.documentId
          ? await withEvidence(call, await call('documents:get', { id: outcome.documentId }))
          : {};
        described.push({ ...outcome, file: files[index]!, ...fields });
      }
      return described;
    },
    print: (value) =>
      table(
        ['file', 'status', 'document', 'title', 'error'],
        (value as (ImportOutcome & { title?: string })[]).map((outcome) => [
          outcome.file,
          outcome.status,
          outcome.documentId,
          outcome.title,
          outcome.error,
        ]),
      ),
  },
  list: {
    usage: 'list [--limit N] [--offset N]',
    summary: 'list the documents in the corpus, newest first',
    run: async (call, _words, { limit, offset = 0 }) =>
      (await listPages(call, offset, limit)).map((document) => ({
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
    run: async (call, [id]) => {
      const document = await call('documents:get', { id: positiveInteger(id, 'ID') });
      return { ...document, ...(await withEvidence(call, document)) };
    },
    print: (value) => {
      const document = value as DocumentDetail;
      const header = [
        document.title,
        [document.outlet, document.author, datedAs(document), document.language]
          .filter(Boolean)
          .join(' · '),
        document.url ?? '',
      ].filter(Boolean);
      const passages = document.passages.map((passage) => `[${passage.id}] ${passage.text}`);
      return [...header, '', ...passages].join('\n');
    },
  },
};
