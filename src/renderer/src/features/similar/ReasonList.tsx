import type { SimilarReason } from '../../../../shared/crosscheck';
import { formatNumber, formatPercent } from '../../lib/format';
import { strings } from '../../lib/strings';
import { namesAsWritten, termsAsWritten } from './as-written';
import './similar.css';

/** A reason in the words of `text`, the matched passage (never stems or split names). */
function describe(reason: SimilarReason, text: string): string {
  switch (reason.kind) {
    case 'quote':
      return strings.quoted(reason.text.length > 60 ? `${reason.text.slice(0, 60)}…` : reason.text);
    case 'figure':
      return reason.value;
    case 'names': {
      const written = namesAsWritten(reason.names, text);
      return (written.length > 0 ? written : reason.names).join(', ');
    }
    case 'terms': {
      const written = termsAsWritten(reason.terms, text);
      return (written.length > 0 ? written : reason.terms).slice(0, 4).join(', ');
    }
    case 'numbers':
      return reason.values.map(formatNumber).join(', ');
    case 'vector':
      return formatPercent(reason.similarity);
    case 'primary':
      return reason.faithful ? strings.reasons.faithful : strings.reasons.changed;
  }
}

/** The signals that made a passage match, each as a labelled chip (not colour alone). */
export function ReasonList({ reasons, text }: { reasons: readonly SimilarReason[]; text: string }) {
  if (reasons.length === 0) return null;
  return (
    // Spans with list roles: this sits inside a button, where only phrasing content is allowed.
    <span className="reasons" role="list" aria-label={strings.reasons.label}>
      {reasons.map((reason, index) => (
        <span
          key={index}
          role="listitem"
          className={`reason reason--${reason.kind}`}
          data-kind={reason.kind}
        >
          <span className="reason__kind">{strings.reasons[reason.kind]}</span>{' '}
          <span className="reason__detail">{describe(reason, text)}</span>
        </span>
      ))}
    </span>
  );
}
