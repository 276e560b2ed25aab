/** Renders rows as an aligned plain-text table for the terminal. */
export function table(headers: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cells = rows.map((row) =>
    row.map((cell) => (cell === null || cell === undefined ? '' : String(cell))),
  );
  const widths = headers.map((header, column) =>
    Math.min(60, Math.max(header.length, ...cells.map((row) => row[column]!.length))),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => truncate(cell, widths[column]!).padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((width) => '─'.repeat(width))), ...cells.map(line)].join(
    '\n',
  );
}

function truncate(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}
