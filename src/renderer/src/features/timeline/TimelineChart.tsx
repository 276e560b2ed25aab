import { scaleUtc } from 'd3-scale';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { TimelineEvent } from '../../../../shared/timeline';
import { strings } from '../../lib/strings';
import { axisLabel } from '../../lib/format';
import { clusterDate } from './dates';
import {
  clusterLanes,
  extent,
  place,
  type Cluster,
  type LaneMode,
  type TimelineMode,
} from './layout';
import { fitWithMargins, stackChips } from './stacking';
import { useTimeWindow } from './useTimeWindow';
import './timeline.css';

interface TimelineChartProps {
  events: readonly TimelineEvent[];
  mode: TimelineMode;
  lanes: LaneMode;
  selectedKey: string | null;
  /**
   * A chip was chosen; or the chip chosen before is drawn anew, with other events (a zoom split
   * it, or merged it into another), or no longer (null): details follow the chips drawn.
   */
  onSelect: (cluster: Cluster | null) => void;
}

/** Items closer than this many pixels merge into one cluster. */
const clusterGap = 30;
/** Items are drawn this far beyond the edges so they slide in rather than pop. */
const overscan = 60;
/** Room kept left and right of the events when the chart fits them: labels run rightward. */
const fitMargins = { left: 28, right: 200 };
/** Height of the axis, of a row of chips and the lane's bottom padding (px). */
const rowHeight = 28;
const laneTop = 18;

/** What a chip adds around its label's text: its right padding and border (timeline.css). */
const labelPadding = 8;

let measurer: CanvasRenderingContext2D | null = null;
/** The width a chip's label takes in the timeline's 12px UI font, with its padding. */
function labelWidth(text: string): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * 7 + labelPadding;
  measurer.font = `12px ${getComputedStyle(document.body).fontFamily}`;
  return Math.ceil(measurer.measureText(text).width) + labelPadding;
}

/**
 * A chip's label never contradicts where it stands: several sources are counted; one event's
 * own wording ("en juin") is shown only when it places the chip (by when it happened) and every
 * event of the chip shares it; otherwise the days its events cover ("Nov 9 – 13, 2024", not
 * the first event's day), and by report the publish date as the reader words it ("Oct 11, 2024
 * or later"), never an estimate as a plain day.
 */
function clusterLabel(cluster: Cluster, mode: TimelineMode): string {
  const first = cluster.events[0]!;
  if (cluster.sources > 1) return strings.timeline.sources(cluster.sources);
  const shared = cluster.events.every((event) => event.mention === first.mention);
  return mode === 'happened' && shared && first.mention
    ? first.mention
    : clusterDate(cluster.events, mode, { short: true });
}

function useWidth(element: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry!.contentRect.width));
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

/**
 * The horizontal timeline: a UTC time axis (d3-scale picks ticks from years down to hours),
 * one row per lane, and a button per cluster on screen. Only visible clusters become DOM
 * nodes, so thousands of events stay smooth.
 */
export function TimelineChart({ events, mode, lanes, selectedKey, onSelect }: TimelineChartProps) {
  const chart = useRef<HTMLDivElement>(null);
  const width = useWidth(chart);
  // Fitted to the events with margins in pixels, so the chips at both ends are drawn whole.
  const fitWidth = Math.round(width / 50) * 50;
  const initial = useMemo(() => {
    const core = extent(events, mode, { core: true });
    return core && fitWidth > 0
      ? fitWithMargins(core, fitWidth, fitMargins.left, fitMargins.right)
      : null;
  }, [events, mode, fitWidth]);
  const all = useMemo(() => {
    const every = extent(events, mode);
    return every && fitWidth > 0
      ? fitWithMargins(every, fitWidth, fitMargins.left, fitMargins.right)
      : null;
  }, [events, mode, fitWidth]);
  // The zoom is kept when only the chart's width changes: resizing the window or a pane must
  // not throw away the days the person zoomed into (nor the chip chosen there).
  const eventsKey = useMemo(() => {
    const core = extent(events, mode, { core: true });
    return core ? `${mode} ${core.join(' ')}` : mode;
  }, [events, mode]);
  const { window, zoom, pan, fit } = useTimeWindow(initial, all, chart, width, eventsKey);

  const scale = useMemo(
    () =>
      scaleUtc()
        .domain(window ?? [0, 1])
        .range([0, Math.max(width, 1)]),
    [window, width],
  );
  const placed = useMemo(
    () => place(events, { mode, lanes, unknownOutlet: strings.unknownOutlet }),
    [events, mode, lanes],
  );
  const rows = useMemo(() => {
    const [from, to] = scale.domain().map((date) => +date) as [number, number];
    // A margin on both sides lets items slide in rather than pop, and keeps clusters stable.
    const margin = ((to - from) * overscan) / Math.max(width, 1);
    const lanes = clusterLanes(placed, {
      x: (time) => scale(time),
      gap: clusterGap,
      from: from - margin * 4,
      to: to + margin * 4,
    });
    return lanes.map((lane) => {
      const labels = lane.clusters.map((cluster) => clusterLabel(cluster, mode));
      const stacked = stackChips(
        lane.clusters.map((cluster, index) => ({
          x: cluster.x,
          labelWidth: labelWidth(labels[index]!),
        })),
      );
      const used = Math.max(1, ...stacked.map((chip) => chip.row + 1));
      return { ...lane, labels, stacked, height: laneTop + used * rowHeight + 6 };
    });
  }, [placed, scale, width, mode]);
  const ticks = scale.ticks(Math.max(2, Math.floor(width / 110)));

  // The chosen chip as drawn now. A zoom or a pan re-clusters the events: the chip is the one
  // that holds the event it was named by (its first, in its lane), which may have gained or
  // lost events; it is gone when that event leaves the window. Details never list a chip that
  // is not drawn, nor a heading another chip now carries.
  const chosen = useMemo(() => {
    if (selectedKey === null) return undefined;
    const split = selectedKey.lastIndexOf(' ');
    const [laneKey, eventId] = [selectedKey.slice(0, split), Number(selectedKey.slice(split + 1))];
    const lane = rows.find((row) => row.key === laneKey);
    return (
      lane?.clusters.find((cluster) => cluster.events.some((event) => event.id === eventId)) ?? null
    );
  }, [rows, selectedKey]);
  useEffect(() => {
    // Only once the chart has a width: before, no chip is laid out and none is gone.
    if (chosen !== undefined && width > 0) onSelect(chosen);
  }, [chosen, width, onSelect]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target !== chart.current) return;
    const actions: Record<string, () => void> = {
      '+': () => zoom(0.5),
      '=': () => zoom(0.5),
      '-': () => zoom(2),
      ArrowLeft: () => pan(-width / 5),
      ArrowRight: () => pan(width / 5),
      '0': fit,
      Home: fit,
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div className="timeline-chart">
      <div className="timeline-chart__controls">
        <button type="button" onClick={() => zoom(0.5)} aria-label={strings.timeline.zoomIn}>
          +
        </button>
        <button type="button" onClick={() => zoom(2)} aria-label={strings.timeline.zoomOut}>
          −
        </button>
        <button type="button" onClick={fit}>
          {strings.timeline.fit}
        </button>
        <span className="muted timeline-chart__help">{strings.timeline.chartHelp}</span>
      </div>
      <div
        ref={chart}
        className="timeline-chart__area"
        role="group"
        aria-label={strings.timeline.chart}
        aria-description={strings.timeline.chartHelp}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-start={window ? new Date(window[0]).toISOString() : undefined}
        data-end={window ? new Date(window[1]).toISOString() : undefined}
      >
        <div className="timeline-chart__axis" aria-hidden="true">
          {ticks.map((tick) => (
            <span key={+tick} className="timeline-chart__tick" style={{ left: scale(tick) }}>
              {axisLabel(tick)}
            </span>
          ))}
        </div>
        {rows.map((lane) => (
          <div
            key={lane.key}
            className="timeline-lane"
            style={{ height: lane.height }}
            role="list"
            aria-label={lane.label || strings.timeline.chart}
          >
            {lane.label && <span className="timeline-lane__label">{lane.label}</span>}
            {lane.clusters.map((cluster, index) =>
              cluster.x < -overscan || cluster.x > width + overscan ? null : (
                <ClusterItem
                  key={cluster.key}
                  cluster={cluster}
                  mode={mode}
                  label={lane.labels[index]!}
                  top={laneTop + lane.stacked[index]!.row * rowHeight}
                  room={lane.stacked[index]!.labelWidth}
                  selected={cluster === chosen}
                  onSelect={onSelect}
                />
              ),
            )}
          </div>
        ))}
      </div>
    </div>
  );
}

function ClusterItem({
  cluster,
  mode,
  label,
  top,
  room,
  selected,
  onSelect,
}: {
  cluster: Cluster;
  mode: TimelineMode;
  label: string;
  top: number;
  /** The label's room (px) after stacking: 0 hides it; hover and focus show it whole. */
  room: number;
  selected: boolean;
  onSelect: (cluster: Cluster) => void;
}) {
  const date = clusterDate(cluster.events, mode);
  const span = cluster.endX - cluster.startX;
  return (
    <div role="listitem" className="timeline-item" style={{ left: cluster.x, top }}>
      {span > 8 && (
        <span
          className="timeline-item__span"
          style={{ left: cluster.startX - cluster.x, width: span }}
          aria-hidden="true"
        />
      )}
      <button
        type="button"
        className="timeline-item__button"
        aria-pressed={selected}
        data-sources={cluster.sources}
        data-events={cluster.events.length}
        title={label}
        onClick={() => onSelect(cluster)}
      >
        {/* Named by what it shows, with the date and the counts' meaning for screen readers. */}
        <span className="visually-hidden">{strings.timeline.itemDate(date)}</span>
        <span className="timeline-item__count">{cluster.events.length}</span>
        <span className="visually-hidden">
          {strings.timeline.itemCounts(cluster.events.length, cluster.sources)}
        </span>
        {room > 0 && (
          // The room counts the chip's padding; the text itself gets what is left of it.
          <span className="timeline-item__label" style={{ maxWidth: room - labelPadding }}>
            {label}
          </span>
        )}
      </button>
    </div>
  );
}
