import type { DateBasis } from '../../../shared/attribution';
import { formatPublished } from '../lib/format';
import { strings } from '../lib/strings';
import './source-line.css';

interface SourceLineProps {
  outlet: string | null;
  publishedAt: string | null;
  /** How the date is known: an estimate shows as "≈ date · estimated". */
  publishedBasis?: DateBasis | null;
  title?: string;
}

/** "Outlet · date" under a passage or a document title. */
export function SourceLine({ outlet, publishedAt, publishedBasis, title }: SourceLineProps) {
  return (
    <span className="source-line">
      <span className="source-line__outlet">{outlet ?? title ?? strings.unknownOutlet}</span>
      {' · '}
      <span className={publishedBasis === 'estimated' ? 'source-line__estimate' : undefined}>
        {formatPublished(publishedAt, publishedBasis) ?? strings.undated}
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
