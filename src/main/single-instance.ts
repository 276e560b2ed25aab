import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { isSupportedFile } from './services/import/extract';

/**
 * The files and folders a second launch asked to open (`recoupe a.pdf notes/`), taken from its
 * command line as the first instance receives it: Electron's own switches, the app's path and
 * anything that is not an existing importable file or a folder are left out.
 */
export function filesToHandOver(argv: readonly string[], workingDirectory: string): string[] {
  const files: string[] = [];
  // argv[0] is the executable; in development argv[1] is the app's folder.
  for (const argument of argv.slice(1)) {
    if (argument.startsWith('-')) continue;
    const path = isAbsolute(argument) ? argument : resolve(workingDirectory, argument);
    let folder: boolean;
    try {
      folder = statSync(path).isDirectory();
    } catch {
      continue;
    }
    // A folder holding package.json is the app itself (`electron .` in development).
    if (folder ? !existsSync(resolve(path, 'package.json')) : isSupportedFile(path)) {
      files.push(path);
    }
  }
  return files;
}
