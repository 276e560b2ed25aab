import type { DateBasis } from '../../../shared/attribution';
import { formatPublished } from '../lib/format';
import { strings } from '../lib/strings';
import './source-line.css';

/** "Outlet · date" under a passage or a document title. */
export function SourceLine({
  outlet,
  publishedAt,
  publishedBasis,
  title,
}: {
  outlet: string | null;
  publishedAt: string | null;
  /** How the date is known: an estimate shows as "≈ date · estimated". */
  publishedBasis?: DateBasis | null;
  title?: string;
}) {
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
