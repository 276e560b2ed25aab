/** Share of the smaller set's items found in the larger: 1 when one text contains the other. */
export function containment(first: ReadonlySet<string>, second: ReadonlySet<string>): number {
  const [small, large] = first.size <= second.size ? [first, second] : [second, first];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / small.size;
}

/** Share of `part`'s items that `whole` holds. */
export function coverage(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const item of part) if (whole.has(item)) shared++;
  return shared / part.size;
}

/** The stems of a stored space-separated list, as a set. */
export function stemSet(stems: string): Set<string> {
  return new Set(stems.split(' ').filter(Boolean));
}
