import type {
  AttributionEvidence,
  DateEvidence,
  FieldEvidence,
} from '../../../../shared/attribution';
import { formatDayRange } from '../../lib/format';
import { strings } from '../../lib/strings';
import { dateWhy, evidenceNote, outletWhy, roleWords } from './evidence-notes';

const kindOf = (kind: string) => strings.attribution.kinds[kind] ?? kind;

function DatePiece({ piece }: { piece: DateEvidence }) {
  const note = evidenceNote(piece);
  return (
    <li className={`evidence evidence--${piece.role}`}>
      <span className="evidence__kind">{kindOf(piece.kind)}</span> {strings.quoted(piece.words)} —{' '}
      {roleWords(piece)}
      {note && <span className="muted"> ({note})</span>}
    </li>
  );
}

function FieldPiece({ piece }: { piece: FieldEvidence }) {
  const note = evidenceNote(piece);
  return (
    <li className={`evidence${piece.kind === 'ignored' ? ' evidence--ignored' : ''}`}>
      <span className="evidence__kind">{kindOf(piece.kind)}</span> {strings.quoted(piece.words)}
      {note && <span className="muted"> ({note})</span>}
    </li>
  );
}

/** Every piece of evidence behind a document's date, outlet and title, with its words. */
export function EvidenceList({ attribution }: { attribution: AttributionEvidence }) {
  const date = attribution.date;
  const why = dateWhy(date);
  const noOutlet = outletWhy(attribution);
  return (
    <section className="evidence-list" aria-label={strings.attribution.evidenceTitle}>
      <h2>{strings.attribution.dateEvidence}</h2>
      {why && <p className="muted">{why}</p>}
      {/* The same phrase the header gives a closed-range estimate. */}
      {date && date.earliest && date.latest && date.earliest !== date.latest && (
        <p className="muted">
          {strings.attribution.possibleDates(formatDayRange(date.earliest, date.latest))}
        </p>
      )}
      <ul>
        {(date?.evidence ?? []).map((piece, index) => (
          <DatePiece key={index} piece={piece} />
        ))}
      </ul>
      <h2>{strings.attribution.outletEvidence}</h2>
      {noOutlet && <p className="muted">{noOutlet}</p>}
      <ul>
        {(attribution.outlet ?? []).map((piece, index) => (
          <FieldPiece key={index} piece={piece} />
        ))}
      </ul>
      <h2>{strings.attribution.titleEvidence}</h2>
      <ul>
        {(attribution.title ?? []).map((piece, index) => (
          <FieldPiece key={index} piece={piece} />
        ))}
      </ul>
    </section>
  );
}
