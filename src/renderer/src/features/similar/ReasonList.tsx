import type { SimilarReason } from '../../../../shared/crosscheck';
import { formatPercent } from '../../lib/format';
import { strings } from '../../lib/strings';

function describe(reason: SimilarReason): string {
  switch (reason.kind) {
    case 'quote':
      return strings.quoted(reason.text.length > 60 ? `${reason.text.slice(0, 60)}…` : reason.text);
    case 'figure':
      return reason.value;
    case 'names':
      return reason.names.join(', ');
    case 'terms':
      return reason.terms.slice(0, 4).join(', ');
    case 'vector':
      return formatPercent(reason.similarity);
  }
}

/** The signals that made a passage match, each as a labelled chip (not colour alone). */
export function ReasonList({ reasons }: { reasons: readonly SimilarReason[] }) {
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
          <span className="reason__detail">{describe(reason)}</span>
        </span>
      ))}
    </span>
  );
}
