import { resolve } from 'node:path';
import type {
  DocumentDetail,
  DocumentSummary,
  ImportOutcome,
  TelegramImportSummary,
} from '../../../shared/domain';
import { table } from '../format';
import { evidenceInEnglish } from '../reasons';
import {
  positiveInteger,
  UsageError,
  type Call,
  type Command,
  type CommandOptions,
} from './command';
import {
  expandFolders,
  importTelegram,
  isTelegram,
  looksLikeHtml,
  readStandardInput,
} from './import-sources';
import {
  isClosedRangeEstimate,
  isOpenEndedEstimate,
  type PublishedDate,
} from '../../../shared/published-range';

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
  return { ...documentFields(document), evidence: evidenceInEnglish(attribution) };
}

/**
 * Imports standard input as one document: HTML through the saved-page extraction, plain text
 * otherwise; the fields given on the command line are the user's, kept over what the text says.
 */
async function importStandardInput(call: Call, options: CommandOptions) {
  const bytes = await readStandardInput();
  const name = `${(options.title ?? 'standard input').replace(/[\\/:*?"<>|]/g, ' ').slice(0, 80)}${looksLikeHtml(bytes.toString('utf8')) ? '.html' : '.txt'}`;
  const [outcome] = await call('corpus:import', {
    sources: [{ kind: 'bytes', name, base64: bytes.toString('base64') }],
  });
  if (!outcome?.documentId) return { ...outcome, file: '-' };
  const fields = {
    title: options.title,
    url: options.url,
    outlet: options.outlet,
    publishedAt: options.published,
  };
  const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value));
  const document =
    Object.keys(given).length > 0
      ? await call('documents:update', { id: outcome.documentId, fields: given })
      : await call('documents:get', { id: outcome.documentId });
  return { ...outcome, file: '-', ...documentFields(document) };
}

function telegramLine(summary: TelegramImportSummary): string {
  return `Telegram ${summary.chat}: ${summary.imported} imported, ${summary.alreadyPresent} already in, ${summary.withoutText} without text, ${summary.service} service skipped${summary.missingPages.length ? `, pages missing: ${summary.missingPages.join(', ')}` : ''}`;
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

/**
 * "≈ 2024-10-28 (estimated)", "2024-11-07 – 2024-11-13 (estimated)" for a closed range, or
 * "2024-10-28 or later (estimated)" when the article is only known not to be older: the date
 * with its basis, an estimate never shown as stated.
 */
function datedAs(document: PublishedDate): string | null {
  if (!document.publishedAt) return null;
  const day = document.publishedAt.slice(0, 10);
  if (document.publishedBasis !== 'estimated') return day;
  if (isOpenEndedEstimate(document)) return `${day} or later (estimated)`;
  if (isClosedRangeEstimate(document)) {
    return `${document.publishedEarliest} – ${document.publishedLatest} (estimated)`;
  }
  return `≈ ${day} (estimated)`;
}

/** Import, list and show documents. */
export const corpusCommands: Record<string, Command> = {
  import: {
    usage: 'import FILE|FOLDER|- [--title T --url U --outlet O --published D]',
    summary:
      'import article files, Telegram exports (result.json or its folder), or standard input (-)',
    run: async (call, paths, options) => {
      if (paths.length === 0) throw new UsageError('import needs at least one file.');
      if (paths.length === 1 && paths[0] === '-') return [await importStandardInput(call, options)];
      const found = await expandFolders(paths);
      const described: unknown[] = [];
      const files: string[] = [];
      for (const file of found) {
        if (await isTelegram(file)) described.push(await importTelegram(call, file, options));
        else files.push(file);
      }
      const outcomes: ImportOutcome[] = [];
      // The contract takes at most 100 sources a call; larger batches go in slices.
      for (let start = 0; start < files.length; start += 100) {
        const sources = files
          .slice(start, start + 100)
          .map((file) => ({ kind: 'path' as const, path: resolve(file) }));
        outcomes.push(...(await call('corpus:import', { sources })));
      }
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
        (value as (ImportOutcome & { title?: string; telegram?: TelegramImportSummary })[]).map(
          (outcome) => [
            outcome.file,
            outcome.status,
            outcome.documentId,
            outcome.telegram ? telegramLine(outcome.telegram) : outcome.title,
            outcome.error,
          ],
        ),
      ),
  },
  list: {
    usage: 'list [--limit N] [--offset N]',
    arguments: 0,
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
        // The basis and range, so neither the JSON nor the table gives an estimate as a fact.
        publishedBasis: document.publishedBasis,
        publishedPrecision: document.publishedPrecision,
        publishedEarliest: document.publishedEarliest,
        publishedLatest: document.publishedLatest,
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
          datedAs(d),
          d.language,
          d.passageCount,
        ]),
      ),
  },
  show: {
    usage: 'show ID',
    arguments: 1,
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
