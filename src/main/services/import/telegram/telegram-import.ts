import { createReadStream } from 'node:fs';
import { open, opendir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { ImportSource } from '../../../../shared/contract';
import type { ImportQuestion, TelegramImportSummary } from '../../../../shared/domain';
import { RecoupeError, type ErrorCode } from '../../../../shared/result';
import { TelegramRepository } from '../../../db/repositories/telegram.repo';
import { importFailure, type ImportService } from '../import.service';
import {
  readHtmlExport,
  isExportPage,
  missingPages,
  pageNumber,
  type HtmlPage,
} from './html-export';
import { BrokenExportError, chunksOf, readJsonExport, type ExportEvent } from './json-export';
import {
  postBytes,
  postLink,
  TELEGRAM_POST_SUFFIX,
  type TelegramChat,
  type TelegramPost,
} from './post';

/** A Telegram export found among the import's sources: result.json, or the HTML pages. */
export type TelegramExport =
  | { form: 'json'; name: string; chunks: () => AsyncIterable<Uint8Array> }
  | { form: 'html'; name: string; pages: HtmlPage[]; pageNames: string[] };

const JSON_NAME = /^result\.json$/i;
const HEAD_BYTES = 64 * 1024;
/** Posts read ahead of the import: bounded, so the export's size never sets the memory. */
const BATCH_POSTS = 64;

/** Whether a folder is a Telegram Desktop export (its result.json or messages.html). */
export async function isExportFolder(folder: string): Promise<boolean> {
  const directory = await opendir(folder);
  for await (const entry of directory) {
    if (entry.isFile() && (JSON_NAME.test(entry.name) || /^messages\.html$/i.test(entry.name))) {
      return true;
    }
  }
  return false;
}

/**
 * The Telegram export a source is, or null: a result.json (named so, or any .json that starts
 * like a chat export), an export folder, or an HTML page of an export (a page given by path
 * brings its sibling pages; one sent as bytes is read alone).
 */
export async function telegramExport(source: ImportSource): Promise<TelegramExport | null> {
  if (source.kind === 'bytes') {
    const bytes = Buffer.from(source.base64, 'base64');
    const head = bytes.subarray(0, HEAD_BYTES).toString('utf8');
    if (isJsonExport(source.name, head)) {
      return { form: 'json', name: source.name, chunks: () => chunksOf(bytes) };
    }
    if (pageNumber(source.name) !== null && isExportPage(head)) {
      const html = bytes.toString('utf8');
      return {
        form: 'html',
        name: source.name,
        pages: [{ name: source.name, read: async () => html }],
        pageNames: [],
      };
    }
    return null;
  }
  const info = await stat(source.path).catch(() => null);
  if (!info) return null;
  const folder = info.isDirectory() ? source.path : dirname(source.path);
  const name = basename(source.path);
  if (info.isDirectory()) {
    const json = join(folder, 'result.json');
    if (await stat(json).catch(() => null)) return jsonFile(json);
    return htmlFolder(folder, source.path);
  }
  if (/\.json$/i.test(name) && isJsonExport(name, await head(source.path)))
    return jsonFile(source.path);
  if (pageNumber(name) !== null && isExportPage(await head(source.path))) {
    return htmlFolder(folder, source.path);
  }
  return null;
}

function isJsonExport(name: string, head: string): boolean {
  if (!/\.json$/i.test(name)) return false;
  return JSON_NAME.test(name) || (/^\s*\{\s*"name"/.test(head) && /"messages"\s*:/.test(head));
}

async function head(path: string): Promise<string> {
  const file = await open(path);
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await file.close();
  }
}

function jsonFile(path: string): TelegramExport {
  return {
    form: 'json',
    name: path,
    chunks: () => createReadStream(path, { highWaterMark: HEAD_BYTES }),
  };
}

async function htmlFolder(folder: string, label: string): Promise<TelegramExport | null> {
  const names: string[] = [];
  for await (const entry of await opendir(folder)) {
    if (entry.isFile() && pageNumber(entry.name) !== null) names.push(entry.name);
  }
  if (names.length === 0) return null;
  const pages = names.map((name) => ({
    name,
    read: () => readFile(join(folder, name), 'utf8'),
  }));
  return { form: 'html', name: label, pages, pageNames: names };
}

/** An export that imports only once the user says yes: the error carries the question. */
export class TelegramQuestion extends RecoupeError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly question: ImportQuestion,
  ) {
    super(code, message);
  }
}

/** What the user confirmed for this export. */
export interface TelegramConfirmations {
  privateChat?: boolean;
  keepPartial?: boolean;
}

/**
 * Imports a Telegram export: each post with text becomes a document (through the same import
 * as a file, its record the document's original bytes), known by channel and post id so a later
 * export adds only new posts. The export is read twice, streamed both times: first to check
 * it whole and learn its chat (nothing is stored from a broken file unless the user asks, nor
 * from a private chat until the user confirms), then to import.
 */
export class TelegramImporter {
  private readonly telegram: TelegramRepository;

  constructor(
    db: DatabaseSync,
    private readonly importer: ImportService,
  ) {
    this.telegram = new TelegramRepository(db);
  }

  async run(
    found: TelegramExport,
    confirmed: TelegramConfirmations,
    onProgress: (summary: TelegramImportSummary) => void,
    stopped: () => boolean,
  ): Promise<TelegramImportSummary> {
    const { chat, limit, broken } = await this.check(found, confirmed);
    if (!chat.channel && !confirmed.privateChat) {
      throw new TelegramQuestion(
        'invalid-input',
        `"${chat.name}" is a personal or group chat, not a channel: its messages are private. Import it only if you mean to (confirm, or --private-chat).`,
        { kind: 'private-chat', chat: chat.name },
      );
    }
    const channel = this.telegram.channel(chat);
    const summary: TelegramImportSummary = {
      chat: chat.name,
      channelId: channel.id,
      publicName: channel.publicName,
      imported: 0,
      alreadyPresent: 0,
      service: 0,
      withoutText: 0,
      failed: 0,
      missingPages: found.form === 'html' ? missingPages(found.pageNames) : [],
      ...(broken ? { brokenAt: broken.message, brokenPosition: broken.position } : {}),
    };
    let messages = 0;
    const batch: TelegramPost[] = [];
    const report = () => onProgress({ ...summary });
    const store = (posts: TelegramPost[], after: Promise<void>) =>
      this.store(posts, chat.name, channel.id, summary, after).then(report);
    let storing: Promise<void> = Promise.resolve();
    try {
      for await (const event of this.events(found)) {
        if (event.kind !== 'message') continue;
        if (stopped() || (limit !== null && messages >= limit)) break;
        messages++;
        const reading = event.reading;
        if (reading.kind === 'service') summary.service++;
        else if (reading.kind === 'no-text') summary.withoutText++;
        else if (this.telegram.hasPost(channel.id, reading.post.id)) summary.alreadyPresent++;
        else batch.push({ ...reading.post, link: postLink(channel.publicName, reading.post.id) });
        if (batch.length >= BATCH_POSTS) {
          // The worker prepares this batch while the one before is stored here; at most two
          // batches are held, whatever the export's size.
          const previous = storing;
          storing = store(batch.splice(0), previous);
          await previous;
        }
      }
    } catch (error) {
      // The break the check found, reached again: the posts before it are kept, as asked.
      if (!(broken && error instanceof BrokenExportError)) throw error;
    } finally {
      await storing;
    }
    await store(batch.splice(0), Promise.resolve());
    return summary;
  }

  /**
   * Imports a batch of posts in one transaction, each post atomic with its key (see
   * ImportService.importBatch), once the batch before (`after`) is stored.
   */
  private async store(
    posts: readonly TelegramPost[],
    chatName: string,
    channelId: number,
    summary: TelegramImportSummary,
    after: Promise<void>,
  ): Promise<void> {
    if (posts.length === 0) return;
    const files = posts.map((post) => ({
      name: `${chatName} ${post.id}${TELEGRAM_POST_SUFFIX}`,
      bytes: postBytes(post),
    }));
    const outcomes = await this.importer
      .importBatch(
        files,
        (index, documentId) => this.telegram.recordPost(channelId, posts[index]!.id, documentId),
        after,
      )
      .catch((error: unknown) => files.map((file) => importFailure(file.name, error)));
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.documentId === undefined) summary.failed++;
      else if (outcome.status === 'imported') summary.imported++;
      else {
        // The same words stored before under another key: this post points at them too.
        this.telegram.recordPost(channelId, posts[index]!.id, outcome.documentId);
        summary.alreadyPresent++;
      }
    }
  }

  private events(found: TelegramExport): AsyncGenerator<ExportEvent> {
    return found.form === 'json'
      ? readJsonExport(found.chunks(), basename(found.name))
      : readHtmlExport(found.pages);
  }

  private async check(
    found: TelegramExport,
    confirmed: TelegramConfirmations,
  ): Promise<{ chat: TelegramChat; limit: number | null; broken: BrokenExportError | null }> {
    let chat: TelegramChat | null = null;
    let posts = 0;
    try {
      for await (const event of this.events(found)) {
        if (event.kind === 'chat') {
          chat = event.chat;
          // The HTML pages are whole once parsed: the first page's header is enough here.
          if (found.form === 'html') break;
        } else if (event.reading.kind === 'post') posts++;
      }
    } catch (error) {
      if (!(error instanceof BrokenExportError) || !chat) throw error;
      if (!confirmed.keepPartial) {
        throw new TelegramQuestion(error.code, error.message, {
          kind: 'keep-partial',
          postsBefore: posts,
          position: error.position,
        });
      }
      return { chat, limit: error.messagesBefore, broken: error };
    }
    if (!chat) throw new RecoupeError('empty-file', `${found.name} holds no Telegram chat.`);
    return { chat, limit: null, broken: null };
  }
}
