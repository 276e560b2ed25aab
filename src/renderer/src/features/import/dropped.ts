import { api } from '../../lib/api';

/** What the user dropped or chose: real paths (Electron) or files read in the page. */
export type Dropped = { kind: 'paths'; paths: string[] } | { kind: 'files'; files: File[] };

/** The extensions main imports; folders walked in the page keep only these, like main does. */
export const IMPORTABLE = /\.(txt|text|md|markdown|html?|xhtml|pdf|docx)$|^result\.json$/i;

/** Minimal typing of the File and Directory Entries API that Chromium exposes. */
interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?: (resolve: (file: File) => void, reject: (error: unknown) => void) => void;
  createReader?: () => {
    readEntries: (resolve: (entries: Entry[]) => void, reject: (error: unknown) => void) => void;
  };
}

/**
 * Turns a drop into sources. Electron gives each dropped file or folder its real path (main
 * walks folders). In the browser, folders are walked here through webkitGetAsEntry; entries
 * must be taken while the drop event runs, the walking itself can come after.
 */
export function fromDataTransfer(transfer: DataTransfer): Promise<Dropped> {
  const files = [...transfer.files];
  if (api.pathForFile) {
    const paths = files.map((file) => api.pathForFile?.(file) ?? '').filter(Boolean);
    if (paths.length === files.length && paths.length > 0)
      return Promise.resolve({ kind: 'paths', paths });
  }
  const items = [...transfer.items].filter((item) => item.kind === 'file');
  const entries = items.map((item) => ({
    entry: (item.webkitGetAsEntry?.() ?? null) as Entry | null,
    file: item.getAsFile(),
  }));
  return (async () => {
    const collected: File[] = [];
    for (const { entry, file } of entries) {
      if (entry?.isDirectory) collected.push(...(await walkEntry(entry)));
      else if (file) collected.push(file);
    }
    return { kind: 'files', files: collected };
  })();
}

async function walkEntry(directory: Entry): Promise<File[]> {
  const reader = directory.createReader!();
  const files: File[] = [];
  // readEntries answers in batches (100 in Chromium) until it returns an empty one.
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return files;
    for (const entry of batch) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory) files.push(...(await walkEntry(entry)));
      else if (entry.isFile && IMPORTABLE.test(entry.name)) {
        files.push(await new Promise<File>((resolve, reject) => entry.file!(resolve, reject)));
      }
    }
  }
}

/** Files chosen in a file or folder picker (folders arrive as their files). */
export function fromPicker(list: FileList | null, folder: boolean): Dropped {
  const files = [...(list ?? [])].filter((file) => !folder || IMPORTABLE.test(file.name));
  const paths = files.map((file) => api.pathForFile?.(file) ?? '');
  if (paths.length > 0 && paths.every(Boolean)) return { kind: 'paths', paths };
  return { kind: 'files', files };
}
