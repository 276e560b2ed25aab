import { useCallback, useMemo, useState } from 'react';
import type { TimelineEvent } from '../../../../shared/timeline';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SearchInput } from '../../components/SearchInput';
import { api } from '../../lib/api';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';
import { useDebounced } from '../../lib/useDebounced';
import { clusterDate } from './dates';
import { EventDetails } from './EventDetails';
import { FilterSelect } from './FilterSelect';
import { placement, type Cluster, type LaneMode, type TimelineMode } from './layout';
import { TimelineChart } from './TimelineChart';
import { ToggleChoice } from './ToggleChoice';
import { useSessionState } from './useSessionState';
import './timeline.css';

/** The timeline view: filters, the chart, and the events of the selected item. */
export function TimelineView({
  onOpen,
}: {
  onOpen: (documentId: number, ordinal: number) => void;
}) {
  const [query, setQuery] = useSessionState('query', '');
  const [outlet, setOutlet] = useSessionState<string | null>('outlet', null);
  const [documentId, setDocumentId] = useSessionState<string | null>('document', null);
  const [mode, setMode] = useSessionState<TimelineMode>('mode', 'happened');
  const [lanes, setLanes] = useSessionState<LaneMode>('lanes', 'none');
  const [captions, setCaptions] = useSessionState<'shown' | 'hidden'>('captions', 'shown');
  const [selected, setSelected] = useState<{ key: string; ids: number[]; title: string } | null>(
    null,
  );
  const search = useDebounced(query.trim(), 250);
  const [facets] = useCall('corpus:facets', {});
  const [answer, reload] = useCall(
    'timeline:list',
    {
      query: search || undefined,
      outlets: outlet === null ? undefined : [outlet],
      documentIds: documentId === null ? undefined : [Number(documentId)],
      includeCaptions: captions === 'shown',
    },
    { keepPrevious: true },
  );
  const events = useMemo(() => (answer?.status === 'ready' ? answer.value : []), [answer]);
  const placed = useMemo(() => events.filter((event) => placement(event, mode)), [events, mode]);
  const unresolved = events.filter((event) => event.resolution === 'unresolved');
  const chosen = selected ? events.filter((event) => selected.ids.includes(event.id)) : [];

  const known = facets?.status === 'ready' ? facets.value : null;
  // Option ids cannot be empty, so every outlet id carries a prefix ("outlet:" alone = none).
  const outlets = [...(known?.outlets ?? []), ...(known?.unknownOutlet ? [''] : [])].map(
    (name) => ({ id: `outlet:${name}`, label: name || strings.unknownOutlet }),
  );
  const documentOptions = useTimelineDocuments(events, documentId);
  const open = (event: TimelineEvent) => onOpen(event.documentId, event.passageOrdinal);
  const change = async (event: TimelineEvent, update: { date?: string; dismissed?: boolean }) => {
    const result = await api.invoke('timeline:update', { id: event.id, ...update });
    if (result.ok) reload();
  };
  // Stable while the mode is: the chart calls it from an effect when its chips change.
  const select = useCallback(
    (cluster: Cluster | null) => {
      if (cluster === null) return setSelected(null);
      const next = {
        key: cluster.key,
        ids: cluster.events.map((event) => event.id),
        title: strings.timeline.details(clusterDate(cluster.events, mode)),
      };
      // The chart reports the chosen chip at every zoom step: unchanged, nothing re-renders. The
      // key is the chip's as drawn now (a merged chip is named by its own first event).
      setSelected((previous) =>
        previous &&
        previous.key === next.key &&
        previous.title === next.title &&
        previous.ids.join() === next.ids.join()
          ? previous
          : next,
      );
    },
    [mode],
  );

  if (answer?.status === 'error') return <ErrorMessage error={answer.error} onRetry={reload} />;
  const filtered = Boolean(search || outlet !== null || documentId !== null);
  return (
    <section className="timeline" aria-label={strings.timeline.title}>
      <div className="timeline__filters">
        <SearchInput
          label={strings.timeline.search}
          placeholder={strings.timeline.searchPlaceholder}
          value={query}
          onChange={setQuery}
          className="timeline__search"
        />
        <FilterSelect
          label={strings.timeline.outlet}
          allLabel={strings.timeline.allOutlets}
          options={outlets}
          value={outlet === null ? null : `outlet:${outlet}`}
          onChange={(id) => setOutlet(id === null ? null : id.slice('outlet:'.length))}
        />
        <FilterSelect
          label={strings.timeline.document}
          allLabel={strings.timeline.allDocuments}
          options={documentOptions}
          value={documentId}
          onChange={setDocumentId}
        />
        <ToggleChoice
          label={strings.timeline.lanes}
          options={strings.timeline.laneModes}
          value={lanes}
          onChange={(next) => {
            // Chips are regrouped in other lanes: the chosen one is gone.
            setSelected(null);
            setLanes(next);
          }}
        />
        <ToggleChoice
          label={strings.timeline.captions}
          options={strings.timeline.captionModes}
          value={captions}
          onChange={setCaptions}
        />
        <ToggleChoice
          label={strings.timeline.mode}
          options={strings.timeline.modes}
          value={mode}
          onChange={(next) => {
            // Chips are placed by other dates: the chosen one, and its heading, are gone.
            setSelected(null);
            setMode(next);
          }}
        />
      </div>
      {answer?.status !== 'ready' && <p className="muted">{strings.loading}</p>}
      {answer?.status === 'ready' && placed.length === 0 && (
        <p className="empty-state">
          {filtered ? strings.timeline.noMatch : strings.timeline.empty}
        </p>
      )}
      {placed.length > 0 && (
        <TimelineChart
          events={placed}
          mode={mode}
          lanes={lanes}
          selectedKey={selected?.key ?? null}
          onSelect={select}
        />
      )}
      {mode === 'reported' && events.length > placed.length && (
        <p className="muted">{strings.timeline.unplaced(events.length - placed.length)}</p>
      )}
      {placed.length > 0 && chosen.length > 0 && (
        <EventDetails title={selected!.title} events={chosen} onOpen={open} onChange={change} />
      )}
      {unresolved.length > 0 && (
        <EventDetails
          folded
          title={strings.timeline.unresolvedTitle(unresolved.length)}
          events={unresolved}
          onOpen={open}
          onChange={change}
        />
      )}
    </section>
  );
}

/** The documents some events come from, as filter options. */
function documentsOf(events: TimelineEvent[]) {
  const titles = new Map(events.map((event) => [String(event.documentId), event.documentTitle]));
  return [...titles].map(([id, label]) => ({ id, label }));
}

/**
 * The documents the timeline's events come from, as filter options (not every document of the
 * corpus). While one document is chosen, the list from before the choice stays offered.
 */
function useTimelineDocuments(events: TimelineEvent[], documentId: string | null) {
  const options = useMemo(() => documentsOf(events), [events]);
  const [offered, setOffered] = useState(options);
  // Adjusted while rendering (React's pattern for state that follows a prop), not in an
  // effect; compared by content, as `events` is a new empty array at every loading render.
  if (documentId === null && JSON.stringify(offered) !== JSON.stringify(options)) {
    setOffered(options);
  }
  return documentId === null || offered.length === 0 ? options : offered;
}
