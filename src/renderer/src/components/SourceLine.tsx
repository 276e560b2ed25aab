import { formatDate } from '../lib/format';
import { strings } from '../lib/strings';

/** "Outlet · date" under a passage or a document title. */
export function SourceLine({
  outlet,
  publishedAt,
  title,
}: {
  outlet: string | null;
  publishedAt: string | null;
  title?: string;
}) {
  return (
    <span className="source-line">
      <span className="source-line__outlet">{outlet ?? title ?? strings.unknownOutlet}</span>
      {' · '}
      <span>{formatDate(publishedAt) ?? strings.undated}</span>
    </span>
  );
}
