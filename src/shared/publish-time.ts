/** What two publish dates were compared on: their instants to the minute, or the day alone. */
export type PublishComparisonBasis = 'time' | 'date';

/** The instant of a publish date written with a time and a zone, to the minute; else null. */
export function publishInstant(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) || !/(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    return null;
  }
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : Math.floor(time / 60_000);
}

/**
 * Orders two publish dates: to the minute when both give a time with its zone, else by the day
 * as each source wrote it; on the same day, a source that gives a time comes before one that
 * does not (a post dated 07:52 is first before an article dated that day). The basis says
 * which: a comparison on the day alone must be shown as such.
 */
export function comparePublished(
  a: string,
  b: string,
): { order: number; basis: PublishComparisonBasis } {
  const [first, second] = [publishInstant(a), publishInstant(b)];
  if (first !== null && second !== null) return { order: first - second, basis: 'time' };
  const day = a.slice(0, 10).localeCompare(b.slice(0, 10));
  if (day !== 0) return { order: day, basis: 'date' };
  const timed = (value: string) => (/T\d{2}:\d{2}/.test(value) ? 0 : 1);
  return { order: timed(a) - timed(b), basis: 'date' };
}

/** What naming the earliest of several sources may rest on. */
export type EarliestRule =
  /**
   * Among reports of one thing: only dates the sources state (an estimate may be days off), and
   * on one day only times to the minute (an article dated that day may have come out at dawn).
   */
  | 'stated'
  /**
   * A post and the articles that quote it: the quoting already says the post came first, so a
   * timed post goes before an article of its day, and estimated dates are compared as written.
   */
  | 'quoted-origin';

/**
 * The earliest of dated items and whether that rests on times to the minute ('date' as soon as
 * one comparison the winner needed was made on the day alone), or null when no item is dated or
 * the rule cannot tell which came first: with 'stated', two documents of the same day that do
 * not both give a time, or any estimated date among them, name no first.
 */
export function earliestPublished<
  T extends { publishedAt: string | null; publishedBasis?: string | null; documentId?: number },
>(
  items: readonly T[],
  rule: EarliestRule = 'stated',
): { first: T; basis: PublishComparisonBasis } | null {
  const dated = items.filter((item) => item.publishedAt !== null);
  if (dated.length === 0) return null;
  let first = dated[0]!;
  for (const item of dated.slice(1)) {
    if (comparePublished(item.publishedAt!, first.publishedAt!).order < 0) first = item;
  }
  // Passages of one document share its date: only other documents compete.
  const others = dated.filter(
    (item) =>
      item !== first &&
      (item.documentId === undefined
        ? item.publishedAt !== first.publishedAt
        : item.documentId !== first.documentId),
  );
  const comparisons = others.map((item) => comparePublished(first.publishedAt!, item.publishedAt!));
  if (rule === 'stated' && others.length > 0) {
    if ([first, ...others].some((item) => item.publishedBasis === 'estimated')) return null;
    const sameDayUntimed = comparisons.some(
      (comparison, index) =>
        comparison.basis === 'date' &&
        first.publishedAt!.slice(0, 10) === others[index]!.publishedAt!.slice(0, 10),
    );
    // Two documents of the same minute: neither came first.
    if (sameDayUntimed || comparisons.some((comparison) => comparison.order === 0)) return null;
  }
  const basis = comparisons.every((comparison) => comparison.basis === 'time') ? 'time' : 'date';
  return { first, basis };
}
