import { publishedRangeOf, type PublishedDate } from '../../../shared/published-range';
import { formatPublished, formatPublishedShort } from '../lib/format';
import { strings } from '../lib/strings';
import './source-line.css';

interface SourceLineProps extends PublishedDate {
  outlet: string | null;
  title?: string;
  /**
   * Where room is short (a library row): the date goes below the outlet rather than cut it, and
   * its basis below the date when the row has no room for it beside the date; only an outlet
   * longer than the whole line is shortened, never the date.
   */
  compact?: boolean;
}

/**
 * "Outlet · date · basis" under a passage or a document title: the date says how it is known
 * ("stated", "metadata", "set by you", "estimated"), and an estimate reads as one (see
 * formatPublished).
 */
export function SourceLine({ outlet, title, compact, ...date }: SourceLineProps) {
  const basis = date.publishedAt ? date.publishedBasis : null;
  const day = formatPublishedShort(date) ?? strings.undated;
  const full = formatPublished(date) ?? strings.undated;
  return (
    <span className={`source-line${compact ? ' source-line--compact' : ''}`}>
      <span className="source-line__main">
        <span className="source-line__outlet">
          {/* Its own box, so a shortened outlet's hidden end is clipped, not laid over the date. */}
          <span>{outlet ?? title ?? strings.unknownOutlet}</span>
        </span>
        {/* The separator goes with the date: where the date wraps below a whole outlet, the
            outlet's line does not end in a dot. A space in running text, a gap in a compact
            line, as before the basis. */}{' '}
        <span className="source-line__when">
          <span className="source-line__separator">{'· '}</span>
          <span
            className={basis === 'estimated' ? 'source-line__estimate' : 'source-line__date'}
            title={compact ? full : undefined}
          >
            {day}
          </span>
        </span>
      </span>
      {basis && (
        <>
          {/* A space in running text; a compact line spaces its parts with a gap instead. */}{' '}
          <span className="source-line__basis" title={strings.dateBasisHint[basis]}>
            {'· '}
            {strings.dateBasis[basis]}
          </span>
        </>
      )}
    </span>
  );
}

/** The SourceLine of a search hit or a timeline event: its document's outlet, date and title. */
export function sourceLineOf(
  item: PublishedDate & { outlet: string | null; documentTitle: string },
): SourceLineProps {
  return {
    outlet: item.outlet,
    publishedAt: item.publishedAt,
    publishedBasis: item.publishedBasis,
    ...publishedRangeOf(item),
    title: item.documentTitle,
  };
}
