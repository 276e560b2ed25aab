import type { DateBasis } from '../../../shared/attribution';
import { formatDate, formatPublished } from '../lib/format';
import { strings } from '../lib/strings';
import './source-line.css';

interface SourceLineProps {
  outlet: string | null;
  publishedAt: string | null;
  /** How the date is known: an estimate shows as "≈ date · estimated". */
  publishedBasis?: DateBasis | null;
  title?: string;
  /**
   * Where room is short (a library row): an estimate shows as "≈ date" alone, the word
   * "estimated" in its tooltip and for screen readers; a long outlet is shortened, never the date.
   */
  compact?: boolean;
}

/** "Outlet · date" under a passage or a document title. */
export function SourceLine({
  outlet,
  publishedAt,
  publishedBasis,
  title,
  compact,
}: SourceLineProps) {
  const estimated = publishedBasis === 'estimated';
  const full = formatPublished(publishedAt, publishedBasis) ?? strings.undated;
  const date = compact && estimated ? formatDate(publishedAt) : null;
  return (
    <span className={`source-line${compact ? ' source-line--compact' : ''}`}>
      <span className="source-line__outlet">
        {/* Its own box, so a shortened outlet's hidden end is clipped, not laid over the date. */}
        <span>{outlet ?? title ?? strings.unknownOutlet}</span>
      </span>
      <span className="source-line__separator">{' · '}</span>
      <span
        className={estimated ? 'source-line__estimate' : undefined}
        title={date ? full : undefined}
      >
        {date ? (
          <>
            {strings.attribution.approximately(date)}
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
export function sourceLineOf(item: {
  outlet: string | null;
  publishedAt: string | null;
  publishedBasis?: DateBasis | null;
  documentTitle: string;
}): SourceLineProps {
  return {
    outlet: item.outlet,
    publishedAt: item.publishedAt,
    publishedBasis: item.publishedBasis,
    title: item.documentTitle,
  };
}
