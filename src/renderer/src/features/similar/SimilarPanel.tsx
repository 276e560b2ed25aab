import type { Passage } from '../../../../shared/domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SourceLine, sourceLineOf } from '../../components/SourceLine';
import { formatPercent } from '../../lib/format';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';
import { ReasonList } from './ReasonList';
import '../../components/hit-list.css';

interface SimilarPanelProps {
  passage: Passage | null;
  onOpen: (documentId: number, ordinal: number) => void;
}

/** The side panel: passages of other documents that resemble the focused passage. */
export function SimilarPanel({ passage, onOpen }: SimilarPanelProps) {
  const [state, reload] = useCall(
    'crosscheck:similar',
    passage ? { passageId: passage.id, limit: 8 } : null,
  );
  return (
    <section className="side-panel" aria-label={strings.similarTitle}>
      <h2>{strings.similarTitle}</h2>
      {!passage && <p className="empty-state">{strings.similarHint}</p>}
      {passage && <p className="muted">{strings.similarFor(passage.ordinal)}</p>}
      {state?.status === 'loading' && <p className="muted">{strings.loading}</p>}
      {state?.status === 'error' && <ErrorMessage error={state.error} onRetry={reload} />}
      {state?.status === 'ready' && state.value.length === 0 && (
        <p className="empty-state">{strings.similarNone}</p>
      )}
      {state?.status === 'ready' && (
        <ol className="hit-list">
          {state.value.map((hit) => (
            <li key={hit.passageId}>
              <button
                type="button"
                className="hit"
                onClick={() => onOpen(hit.documentId, hit.ordinal)}
              >
                <SourceLine {...sourceLineOf(hit)} />
                <span className="hit__score">{formatPercent(hit.score)}</span>
                <span className="hit__text">
                  {hit.text.length > 280 ? `${hit.text.slice(0, 280)}…` : hit.text}
                </span>
                <ReasonList reasons={hit.reasons} text={hit.text} />
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
