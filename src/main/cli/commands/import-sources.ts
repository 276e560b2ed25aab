import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ImportJob, TelegramImportSummary } from '../../../shared/domain';
import { walk } from '../../services/import/sources';
import { isExportFolder, telegramExport } from '../../services/import/telegram/telegram-import';
import type { Call, CommandOptions } from './command';

/** Files named on the command line, folders replaced by the importable files they hold. */
export async function expandFolders(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const folder = await stat(path).then(
      (info) => info.isDirectory(),
      () => false,
    );
    // A Telegram export folder is imported whole, as one source.
    if (!folder || (await isExportFolder(path))) files.push(path);
    else for await (const file of walk(path)) files.push(file);
  }
  return files;
}

/** Whether a path is a Telegram export (result.json, an export folder or page). */
export async function isTelegram(path: string): Promise<boolean> {
  return (await telegramExport({ kind: 'path', path: resolve(path) })) !== null;
}

/** Imports a Telegram export through an import job, waiting for it to end. */
export async function importTelegram(
  call: Call,
  path: string,
  options: CommandOptions,
): Promise<{ file: string; status: string; error?: string; telegram?: TelegramImportSummary }> {
  const telegram = { privateChat: options.privateChat, keepPartial: options.keepPartial };
  let job: ImportJob = await call('import:start', {
    sources: [{ kind: 'path', path: resolve(path), telegram }],
  });
  while (job.state === 'running') {
    await new Promise((done) => setTimeout(done, 100));
    job = await call('import:status', { jobId: job.id });
  }
  const item = job.items[0];
  return {
    file: path,
    status: item?.status ?? 'failed',
    ...(item?.error ? { error: item.error, errorCode: item.errorCode } : {}),
    ...(item?.telegram ? { telegram: item.telegram } : {}),
  };
}

/** Standard input, whole (a pasted article or post is small). */
export async function readStandardInput(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Whether text is an HTML page or fragment rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<(?:body|article|div|p|h1|h2|section|span)[\s>])/i.test(
    text,
  );
}
