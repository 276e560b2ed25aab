import type { ReactNode } from 'react';
import type { SourceRef } from '../../../../shared/crosscheck';
import { SourceLine } from '../../components/SourceLine';
import { strings } from '../../lib/strings';
import type { ClusterSummary } from './ClusterCard';
import { PrimarySourceNote } from './PrimarySourceNote';
import './crosscheck.css';

/** The passage with the shared words marked (rendered as text, never as HTML). */
function MarkedPassage({ source }: { source: SourceRef }) {
  const text = source.passageText;
  const marks = [...source.marks].sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at || mark.end > text.length) continue;
    parts.push(text.slice(at, mark.start));
    parts.push(<mark key={mark.start}>{text.slice(mark.start, mark.end)}</mark>);
    at = mark.end;
  }
  parts.push(text.slice(at));
  return <p className="compare__text">{parts}</p>;
}

/** Each passage once: sources found in the same passage share its column and its marks. */
function onePerPassage<T extends SourceRef>(sources: readonly T[]): T[] {
  const byPassage = new Map<number, T>();
  for (const source of sources) {
    const seen = byPassage.get(source.passageId);
    byPassage.set(
      source.passageId,
      seen ? { ...seen, marks: [...seen.marks, ...source.marks] } : source,
    );
  }
  return [...byPassage.values()];
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
        {onePerPassage(cluster.sources).map((source) => (
          <article key={source.passageId} className="compare__column">
            <SourceLine
              outlet={source.source}
              publishedAt={source.publishedAt}
              publishedBasis={source.publishedBasis}
              publishedPrecision={source.publishedPrecision}
              publishedEarliest={source.publishedEarliest}
              publishedLatest={source.publishedLatest}
            />
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
