import { publishedRangeOf, type PublishedDate } from '../../../shared/published-range';
import { formatPublished, formatPublishedShort } from '../lib/format';
import { strings } from '../lib/strings';
import './source-line.css';

interface SourceLineProps extends PublishedDate {
  outlet: string | null;
  title?: string;
  /**
   * Where room is short (a library row): an estimate shows as "≈ date" (or "date or later")
   * alone, the word "estimated" in its tooltip and for screen readers; a long outlet is
   * shortened, never the date.
   */
  compact?: boolean;
}

/** "Outlet · date" under a passage or a document title; an estimate says so (see formatPublished). */
export function SourceLine({ outlet, title, compact, ...date }: SourceLineProps) {
  const estimated = date.publishedBasis === 'estimated';
  const full = formatPublished(date) ?? strings.undated;
  const short = compact && estimated ? formatPublishedShort(date) : null;
  return (
    <span className={`source-line${compact ? ' source-line--compact' : ''}`}>
      <span className="source-line__outlet">
        {/* Its own box, so a shortened outlet's hidden end is clipped, not laid over the date. */}
        <span>{outlet ?? title ?? strings.unknownOutlet}</span>
      </span>
      <span className="source-line__separator">{' · '}</span>
      <span
        className={estimated ? 'source-line__estimate' : undefined}
        title={short ? full : undefined}
      >
        {short ? (
          <>
            {short}
            <span className="visually-hidden">
              {' · '}
              {strings.attribution.estimated}
            </span>
          </>
        ) : (
          full
        )}
      </span>
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
