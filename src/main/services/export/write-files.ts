import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportedFile } from '../../../shared/notes-domain';
import { RecoupeError } from '../../../shared/result';

/**
 * Writes exported Markdown files, refusing before writing anything when one would replace an
 * existing file (unless `overwrite`), so an export never destroys work silently.
 */
export function writeExportedFiles(
  files: readonly { path: string; markdown: string }[],
  overwrite: boolean,
): string[] {
  const existing = files.filter((file) => existsSync(file.path)).map((file) => file.path);
  if (existing.length > 0 && !overwrite) {
    throw new RecoupeError(
      'invalid-input',
      `Not overwriting ${existing.join(', ')}: the file already exists. Choose another name, or pass --force to replace it.`,
    );
  }
  for (const file of files) writeFileSync(file.path, file.markdown, 'utf8');
  return files.map((file) => file.path);
}

/** The paths of a folder export: each note's safe file name inside the folder (created). */
export function folderTargets(folder: string, files: readonly ExportedFile[]) {
  mkdirSync(folder, { recursive: true });
  return files.map((file) => ({ path: join(folder, file.fileName), markdown: file.markdown }));
}
