import { useMemo, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import type { Corroboration } from '../../../../shared/crosscheck';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatMoment, formatPublished } from '../../lib/format';
import { useLocale } from '../../lib/i18n/locale';
import { catalogs, strings, type Catalog } from '../../lib/strings';
import { useCall } from '../../lib/useCall';
import { ClusterCard, type ClusterSummary } from './ClusterCard';
import { SideBySide } from './SideBySide';
import './crosscheck.css';

/** Long quotes are cut in the list; the side-by-side view shows them whole. */
function shorten(text: string, length = 280): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

function summarise({ quotes, figures }: Corroboration, words: Catalog) {
  const quoteClusters: ClusterSummary[] = quotes.map((quote) => ({
    ...quote,
    heading: words.quoted(shorten(quote.text)),
    details: [
      ...(quote.speakers.length ? [words.crossCheck.saidBy(quote.speakers.join(', '))] : []),
      ...(quote.primaryDocumentId ? [words.crossCheck.hasPrimary] : []),
      ...(quote.firstPublished
        ? [
            words.crossCheck.firstPublished(
              `${quote.firstPublished.source}, ${
                quote.firstPublished.publishedBasis === 'estimated'
                  ? formatPublished(quote.firstPublished)
                  : formatMoment(quote.firstPublished.publishedAt)
              }`,
            ) +
              (quote.firstPublishedBasis === 'date' && quote.documentCount > 1
                ? ` ${words.crossCheck.byDateAlone}`
                : ''),
          ]
        : []),
    ],
  }));
  const figureClusters: ClusterSummary[] = figures.map((figure) => ({
    ...figure,
    heading: figure.label,
    details: [],
  }));
  return { quoteClusters, figureClusters };
}

/** The cross-check view: quotes and figures several sources share, and syndicated copies. */
export function CrossCheckView({
  onOpen,
}: {
  onOpen: (documentId: number, ordinal: number) => void;
}) {
  const [state, reload] = useCall('corroboration:list', {});
  const [comparing, setComparing] = useState<ClusterSummary | null>(null);
  // The summary holds worded dates and labels: it is worded again when the language changes.
  const locale = useLocale();
  const summary = useMemo(
    () => (state?.status === 'ready' ? summarise(state.value, catalogs[locale]) : null),
    [state, locale],
  );
  if (state?.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  if (state?.status !== 'ready' || !summary) return <p className="muted">{strings.loading}</p>;
  if (comparing) {
    return <SideBySide cluster={comparing} onClose={() => setComparing(null)} onOpen={onOpen} />;
  }
  const list = (clusters: ClusterSummary[], empty: string) =>
    clusters.length === 0 ? (
      <p className="empty-state">{empty}</p>
    ) : (
      clusters.map((cluster) => (
        <ClusterCard key={cluster.id} cluster={cluster} onCompare={() => setComparing(cluster)} />
      ))
    );
  const { syndication } = state.value;
  return (
    <div className="crosscheck">
      <h1 className="crosscheck__title">{strings.crossCheck.title}</h1>
      <Tabs>
        <TabList aria-label={strings.crossCheck.tabs} className="crosscheck__tabs">
          <Tab id="quotes">{`${strings.crossCheck.quotes} (${summary.quoteClusters.length})`}</Tab>
          <Tab id="figures">{`${strings.crossCheck.figures} (${summary.figureClusters.length})`}</Tab>
          <Tab id="copies">{`${strings.crossCheck.copies} (${syndication.length})`}</Tab>
        </TabList>
        <TabPanel id="quotes">{list(summary.quoteClusters, strings.crossCheck.noQuotes)}</TabPanel>
        <TabPanel id="figures">
          {list(summary.figureClusters, strings.crossCheck.noFigures)}
        </TabPanel>
        <TabPanel id="copies">
          {syndication.length === 0 && <p className="empty-state">{strings.crossCheck.noCopies}</p>}
          {syndication.map((group) => (
            <article key={group.id} className="cluster">
              <h3 className="cluster__heading">{strings.crossCheck.copyOf(group.id)}</h3>
              <p className="cluster__meta">{strings.crossCheck.similarity(group.similarity)}</p>
              <ul className="cluster__sources">
                {group.documents.map((document) => (
                  <li key={document.documentId}>
                    <span className="source-line__outlet">{document.source}</span> ·{' '}
                    {formatPublished(document) ?? strings.undated}
                  </li>
                ))}
              </ul>
            </article>
          ))}
        </TabPanel>
      </Tabs>
    </div>
  );
}
