import './crosscheck.css';
import type { QuoteSource } from '../../../../shared/crosscheck';
import { strings } from '../../lib/strings';

/**
 * Under a source of a quotation with a primary source: "primary source" on the post, and on
 * each article whether it quoted the post faithfully, the differing words marked (the post's
 * words struck through where the article changed them, the article's own words underlined).
 */
export function PrimarySourceNote({
  source,
}: {
  source: Pick<QuoteSource, 'primary' | 'fidelity'>;
}) {
  if (source.primary)
    return <p className="primary-note primary-note--primary">{strings.crossCheck.primary}</p>;
  if (!source.fidelity) return null;
  if (source.fidelity.faithful)
    return <p className="primary-note">{strings.crossCheck.faithful}</p>;
  return (
    <p className="primary-note primary-note--changed">
      {strings.crossCheck.changed}{' '}
      {source.fidelity.parts.map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text} </span>
        ) : part.kind === 'primary' ? (
          <del key={index} title={strings.crossCheck.onlyPrimary}>
            {part.text}{' '}
          </del>
        ) : (
          <ins key={index} title={strings.crossCheck.onlyArticle}>
            {part.text}{' '}
          </ins>
        ),
      )}
    </p>
  );
}
