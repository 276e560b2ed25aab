import type { DatedFigure, FigureMention, FigureReason } from '../../../shared/crosscheck';
import type { FigureClaim } from './figure-claims';

// A verdict's reason as values (figures, sources, dates), never as sentences: the interface
// words it in its own language, and the CLI in English (src/main/cli/reasons.ts).

const mention = (claim: FigureClaim): FigureMention => ({ text: claim.text, source: claim.source });
const dated = (claim: FigureClaim): DatedFigure => ({ ...mention(claim), when: claim.when! });

/** Figures whose ranges overlap; `ranges` when some are approximate enough to read as ranges. */
export function compatibleReason(claims: readonly FigureClaim[]): FigureReason {
  return {
    code: 'compatible',
    figures: claims.map(mention),
    ranges: claims.some(
      (claim) =>
        claim.quantity.high === Infinity ||
        claim.quantity.high - claim.quantity.low > 0.05 * claim.quantity.high,
    ),
  };
}

/** Two dated figures at overlapping times whose numbers cannot both be right. */
export function sameTimeReason(first: FigureClaim, second: FigureClaim): FigureReason {
  return { code: 'same-time', first: dated(first), second: dated(second) };
}

/** An estimate given on one date, then another on a later one. */
export function changedReason(earlier: FigureClaim, later: FigureClaim): FigureReason {
  return { code: 'changed', earlier: dated(earlier), later: dated(later) };
}

/** Different numbers, but `guessed`'s date rests on a publish date Recoupe estimated. */
export function estimatedDateReason(
  first: FigureClaim,
  second: FigureClaim,
  guessed: FigureClaim,
): FigureReason {
  return {
    code: 'estimated-date',
    first: mention(first),
    second: mention(second),
    guessed: guessed.source,
  };
}

/** Different numbers, but `missing`'s figure has no date. */
export function undatedReason(
  first: FigureClaim,
  second: FigureClaim,
  missing: FigureClaim,
): FigureReason {
  return {
    code: 'undated',
    first: mention(first),
    second: mention(second),
    missing: missing.source,
    why: missing.undated ?? null,
  };
}
