/** Names Windows refuses for a file, whatever the extension. */
const reserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A file name that every common file system accepts: no path separators or characters
 * Windows forbids, no control characters, no leading dots, at most ~100 characters;
 * accented letters and other scripts are kept.
 */
export function safeFileName(title: string, fallback: string, extension = '.md'): string {
  let name = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if ([...name].length > 100) name = [...name].slice(0, 100).join('').trimEnd();
  if (name === '' || reserved.test(name)) name = fallback;
  return `${name}${extension}`;
}

/** Makes names unique within one export (case-insensitively, as macOS and Windows compare). */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let copy = 2; taken.has(candidate.toLowerCase()); copy++) {
      candidate = `${stem} (${copy})${extension}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
