import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Makes temporary folders on demand and removes them all with `removeAll` (call it afterEach). */
export function temporaryFolders(prefix: string) {
  const folders: string[] = [];
  return {
    make(): string {
      const path = mkdtempSync(join(tmpdir(), prefix));
      folders.push(path);
      return path;
    },
    removeAll(): void {
      folders.splice(0).forEach((path) => rmSync(path, { recursive: true, force: true }));
    },
  };
}
