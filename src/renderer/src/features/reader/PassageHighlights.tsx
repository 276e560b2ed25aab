import { useEffect } from 'react';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';
import type { ContextSectionProps } from './context-sections';
import { HIGHLIGHTS_CHANGED } from './useHighlights';
import './context-panel.css';

/** The highlights inside the focused passage, with their label, comment and tags. */
export function PassageHighlights({ passage }: ContextSectionProps) {
  const [state, reload] = useCall(
    'highlights:list',
    passage ? { documentId: passage.documentId } : null,
  );
  useEffect(() => {
    window.addEventListener(HIGHLIGHTS_CHANGED, reload);
    return () => window.removeEventListener(HIGHLIGHTS_CHANGED, reload);
  }, [reload]);
  if (!passage || state?.status !== 'ready') return null;
  const inside = state.value.filter(
    (item) => item.status !== 'orphaned' && item.start < passage.end && item.end > passage.start,
  );
  if (inside.length === 0) return null;
  return (
    <section className="side-panel" aria-label={strings.context.highlight}>
      <h2>{strings.context.highlight}</h2>
      <ul className="context-highlights">
        {inside.map((item) => (
          <li key={item.id} className="context-highlights__item">
            <span className={`swatch swatch--${item.color}`} aria-hidden="true" />{' '}
            <strong>{strings.highlightColors[item.color]}</strong>
            <blockquote>{item.exact}</blockquote>
            {item.comment && <p>{item.comment}</p>}
            {item.tags.length > 0 && (
              <p className="context-highlights__tags">
                {item.tags.map((tag) => (
                  <span key={tag} className="tag">
                    {tag}
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
