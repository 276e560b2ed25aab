import type { SourceRef } from '../../../../shared/crosscheck';
import { SourceLine } from '../../components/SourceLine';
import { strings } from '../../lib/strings';
import type { ClusterSummary } from './ClusterCard';
import { PrimarySourceNote } from './PrimarySourceNote';

/** The passage with the shared words marked (rendered as text, never as HTML). */
function MarkedPassage({ source }: { source: SourceRef }) {
  const at = source.passageText.indexOf(source.text);
  if (at < 0) return <p className="compare__text">{source.passageText}</p>;
  return (
    <p className="compare__text">
      {source.passageText.slice(0, at)}
      <mark>{source.text}</mark>
      {source.passageText.slice(at + source.text.length)}
    </p>
  );
}

/** Every passage of a cluster in columns, each opening in the reader. */
export function SideBySide({
  cluster,
  onClose,
  onOpen,
}: {
  cluster: ClusterSummary;
  onClose: () => void;
  onOpen: (documentId: number, ordinal: number) => void;
}) {
  return (
    <section className="compare" aria-label={strings.crossCheck.comparing}>
      <header className="compare__header">
        <button type="button" onClick={onClose}>
          ← {strings.crossCheck.closeCompare}
        </button>
        <h2>{cluster.heading}</h2>
      </header>
      <div className="compare__columns">
        {cluster.sources.map((source) => (
          <article key={`${source.passageId}-${source.text}`} className="compare__column">
            <SourceLine outlet={source.source} publishedAt={source.publishedAt} />
            <MarkedPassage source={source} />
            <PrimarySourceNote source={source} />
            <button type="button" onClick={() => onOpen(source.documentId, source.ordinal)}>
              {strings.crossCheck.openInReader}
            </button>
          </article>
        ))}
      </div>
    </section>
  );
}
