import { createHash } from 'node:crypto';

/** A fifth of the pages, fixed by a hash of the page's file name, is never looked at to tune. */
export function isHeldOut(file: string): boolean {
  return createHash('sha256').update(file).digest()[0]! % 5 === 0;
}
