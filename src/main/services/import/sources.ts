import { opendir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ImportSource } from '../../../shared/contract';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../../shared/import-limits';
import { RecoupeError } from '../../../shared/result';
import { isSupportedFile } from './extract';
import { isExportFolder } from './telegram/telegram-import';

/** A file's name and bytes, however it reached main. */
export interface LoadedFile {
  name: string;
  bytes: Uint8Array;
  /** The file's modification time, when it was read from disk. */
  modifiedAt?: string | null;
}

/** Reads an import source into memory, refusing files over the size limit before reading. */
export async function loadSource(source: ImportSource): Promise<LoadedFile> {
  if (source.kind === 'bytes') {
    const bytes = Buffer.from(source.base64, 'base64');
    assertSize(bytes.byteLength, source.name);
    return { name: source.name, bytes };
  }
  const name = basename(source.path);
  const info = await stat(source.path).catch(() => {
    throw new RecoupeError('not-found', `${source.path} does not exist or cannot be read.`);
  });
  if (!info.isFile()) throw new RecoupeError('invalid-input', `${source.path} is not a file.`);
  assertSize(info.size, name);
  return { name, bytes: await readFile(source.path), modifiedAt: info.mtime.toISOString() };
}

function assertSize(size: number, name: string): void {
  if (size > MAX_IMPORT_BYTES) throw new RecoupeError('too-large', tooLargeMessage(name, size));
}

/** The importable files under a folder, depth first, read one directory entry at a time. */
export async function* walk(folder: string): AsyncGenerator<string> {
  const directory = await opendir(folder);
  for await (const entry of directory) {
    // Hidden files and folders (.git, .DS_Store) are never articles.
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    // A Telegram export folder is one source (its pages are not articles of their own).
    if (entry.isDirectory() && (await isExportFolder(path))) yield path;
    else if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && isSupportedFile(entry.name)) yield path;
  }
}
