import type { FigureVerdict, QuoteSource, SourceRef } from '../../../../shared/crosscheck';
import { SourceLine } from '../../components/SourceLine';
import { strings } from '../../lib/strings';
import { reasonWords } from './figure-reason';
import './crosscheck.css';

/** One quote or figure shared by several sources: what, who carries it, and whether they agree. */
export interface ClusterSummary {
  id: string;
  heading: string;
  details: string[];
  /** Figures only: what Recoupe concludes about the numbers, and why. */
  verdict?: FigureVerdict;
  documentCount: number;
  independentSources: number;
  sources: (SourceRef & Partial<Pick<QuoteSource, 'primary' | 'fidelity'>>)[];
}

/** A cluster in the cross-check list, with a button that opens its passages side by side. */
export function ClusterCard({
  cluster,
  onCompare,
}: {
  cluster: ClusterSummary;
  onCompare: () => void;
}) {
  const sources = [...new Map(cluster.sources.map((item) => [item.documentId, item])).values()];
  return (
    <article className="cluster" data-verdict={cluster.verdict?.kind}>
      <h3 className="cluster__heading">{cluster.heading}</h3>
      <p className="cluster__meta">
        <span className="cluster__count">
          {strings.crossCheck.sources(cluster.documentCount, cluster.independentSources)}
        </span>
        {cluster.verdict && (
          <span className={`verdict verdict--${cluster.verdict.kind}`}>
            {strings.crossCheck.verdicts[cluster.verdict.kind]}
          </span>
        )}
        {cluster.details.map((detail) => (
          <span key={detail}>{detail}</span>
        ))}
      </p>
      {cluster.verdict && <p className="cluster__reason">{reasonWords(cluster.verdict.reason)}</p>}
      <ul className="cluster__sources">
        {sources.map((item) => (
          <li key={item.documentId}>
            <SourceLine
              outlet={item.source}
              publishedAt={item.publishedAt}
              publishedBasis={item.publishedBasis}
              publishedPrecision={item.publishedPrecision}
              publishedEarliest={item.publishedEarliest}
              publishedLatest={item.publishedLatest}
            />
            {item.syndicationGroup !== null && (
              <span className="muted"> · {strings.crossCheck.copyOf(item.syndicationGroup)}</span>
            )}
            <span className="cluster__wording">
              {strings.quoted(item.text.length > 200 ? `${item.text.slice(0, 200)}…` : item.text)}
            </span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onCompare}>
        {strings.crossCheck.compare}
      </button>
    </article>
  );
}
