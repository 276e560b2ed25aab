import { openSync, writeSync, closeSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

/**
 * Overwrites `count` pages that hold `table`'s rows with garbage, the way a failing disk or a
 * stray write would: the file still opens, and reading those rows fails. Returns the pages hit.
 */
export function damagePages(file: string, table: string, count = 3): number[] {
  const db = new DatabaseSync(file, { readOnly: true });
  const pageSize = (db.prepare('PRAGMA page_size').get() as { page_size: number }).page_size;
  const pages = (
    db.prepare('SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno').all(table) as {
      pageno: number;
    }[]
  ).map((row) => row.pageno);
  db.close();
  if (pages.length < count) throw new Error(`${table} holds ${pages.length} pages only.`);
  // Pages from the middle, so the table's root (and the schema) still read.
  const hit = pages.slice(Math.floor(pages.length / 2), Math.floor(pages.length / 2) + count);
  const handle = openSync(file, 'r+');
  const garbage = Buffer.alloc(pageSize, 0xde);
  for (const page of hit) writeSync(handle, garbage, 0, pageSize, (page - 1) * pageSize);
  closeSync(handle);
  return hit;
}
