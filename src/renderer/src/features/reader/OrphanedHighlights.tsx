import type { Highlight } from '../../../../shared/highlights';
import { strings } from '../../lib/strings';
import '../../components/buttons.css';
import './orphans.css';

interface OrphanedHighlightsProps {
  highlights: readonly Highlight[];
  onDelete?: (id: number) => void;
  /** The summary line and the hint under it; by default the ones for a changed text. */
  title?: string;
  hint?: string;
}

/** Highlights whose quote is no longer in the text: listed with their quote, never dropped. */
export function OrphanedHighlights({ highlights, onDelete, title, hint }: OrphanedHighlightsProps) {
  if (highlights.length === 0) return null;
  return (
    <details className="orphans" open={!title}>
      <summary>{title ?? strings.reader.orphansTitle(highlights.length)}</summary>
      <p className="muted">{hint ?? strings.reader.orphansHint}</p>
      <ul className="orphans__list">
        {highlights.map((highlight) => (
          <li key={highlight.id} className="orphans__item">
            <span className="orphans__label">
              <span className={`swatch swatch--${highlight.color}`} aria-hidden="true" />{' '}
              {strings.highlightColors[highlight.color]}
              {highlight.documentId === null && ` · ${highlight.documentTitle}`}
            </span>
            <blockquote className="orphans__quote">{highlight.exact}</blockquote>
            {highlight.comment && <p className="orphans__comment">{highlight.comment}</p>}
            {onDelete && (
              <button
                type="button"
                className="button--danger-text"
                onClick={() => onDelete(highlight.id)}
              >
                {strings.reader.deleteHighlight}
              </button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
