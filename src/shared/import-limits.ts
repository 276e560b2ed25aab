/** What the import accepts, shared by main (which enforces it) and the renderer (which says it). */

/** Largest file accepted in one import call (base64 over HTTP inflates it by a third). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** File extensions the import reads, by format (folders are walked with them). */
export const SUPPORTED_EXTENSIONS: Readonly<Record<string, string>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

/** The file picker's `accept`: the supported extensions and a Telegram export's result.json. */
export const IMPORT_PICKER_ACCEPT = [...Object.keys(SUPPORTED_EXTENSIONS), '.json'].join(',');

/** Why a file over the limit is refused (main's English; the renderer words it per language). */
export function tooLargeMessage(name: string, size: number): string {
  const megabytes = (size / 1024 / 1024).toFixed(1);
  return `${name} is ${megabytes} MB; Recoupe imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`;
}
