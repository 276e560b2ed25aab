import type { TimelineEvent } from '../../../../shared/timeline';

/** Where an event sits: when it happened, or when its article reported it. */
export type TimelineMode = 'happened' | 'reported';
/** How events are split into rows. */
export type LaneMode = 'none' | 'outlet' | 'document';

/** One row of the timeline. */
export interface Lane {
  key: string;
  label: string;
  clusters: Cluster[];
}

/** Events close enough on screen to show as one item, listing every source. */
export interface Cluster {
  key: string;
  x: number;
  /** Right end of the widest span in the cluster, for drawing it as a bar. */
  endX: number;
  time: number;
  events: TimelineEvent[];
  /** Distinct documents reporting the cluster's events. */
  sources: number;
}

/** The instant in milliseconds an ISO bound (`2024-10-28T07:45`) stands for, in UTC. */
export const instant = (bound: string) => Date.parse(`${bound}:00Z`);

/** The start and end instants of an event in a mode; null when it cannot be placed. */
export function placement(event: TimelineEvent, mode: TimelineMode): [number, number] | null {
  if (mode === 'reported') {
    const day = event.publishedAt?.slice(0, 10);
    return day ? [instant(`${day}T00:00`), instant(`${day}T23:59`)] : null;
  }
  if (!event.start || !event.end) return null;
  return [instant(event.start), instant(event.end)];
}

const laneOf = (event: TimelineEvent, lanes: LaneMode, unknownOutlet: string) =>
  lanes === 'outlet'
    ? { key: `o:${event.outlet ?? ''}`, label: event.outlet ?? unknownOutlet }
    : lanes === 'document'
      ? { key: `d:${event.documentId}`, label: event.documentTitle }
      : { key: 'all', label: '' };

/**
 * Splits events into lanes and, within a lane, groups those whose positions fall within
 * `gap` pixels of the group's first one. A span sits at its middle, so a two-day night and the
 * two days it joins meet. Runs in O(n log n); the view keeps only clusters on screen.
 */
export function layout(
  events: readonly TimelineEvent[],
  options: {
    mode: TimelineMode;
    lanes: LaneMode;
    x: (time: number) => number;
    gap: number;
    unknownOutlet: string;
  },
): Lane[] {
  const byLane = new Map<string, { label: string; placed: [number, number, TimelineEvent][] }>();
  for (const event of events) {
    const at = placement(event, options.mode);
    if (!at) continue;
    const lane = laneOf(event, options.lanes, options.unknownOutlet);
    const entry = byLane.get(lane.key) ?? { label: lane.label, placed: [] };
    entry.placed.push([(at[0] + at[1]) / 2, at[1], event]);
    byLane.set(lane.key, entry);
  }
  const lanes: Lane[] = [];
  for (const [key, { label, placed }] of byLane) {
    placed.sort((a, b) => a[0] - b[0]);
    const clusters: Cluster[] = [];
    let current: Cluster | null = null;
    for (const [time, end, event] of placed) {
      const x = options.x(time);
      if (current && x - current.x <= options.gap) {
        current.events.push(event);
        current.endX = Math.max(current.endX, options.x(end));
        continue;
      }
      current = {
        key: `${key} ${event.id}`,
        x,
        endX: options.x(end),
        time,
        events: [event],
        sources: 0,
      };
      clusters.push(current);
    }
    for (const cluster of clusters) {
      cluster.sources = new Set(cluster.events.map((event) => event.documentId)).size;
    }
    lanes.push({ key, label, clusters });
  }
  return lanes.sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The window that shows the events, padded; null when none can be placed. With `core`, dates
 * far outside the middle nine tenths are left out, so one old date cited in passing does not
 * squeeze the weeks the articles are about into a corner.
 */
export function extent(
  events: readonly TimelineEvent[],
  mode: TimelineMode,
  { core = false } = {},
): [number, number] | null {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const event of events) {
    const at = placement(event, mode);
    if (!at) continue;
    starts.push(at[0]);
    ends.push(at[1]);
  }
  if (starts.length === 0) return null;
  starts.sort((a, b) => a - b);
  ends.sort((a, b) => a - b);
  let low = starts[0]!;
  let high = ends[ends.length - 1]!;
  if (core && starts.length >= 20) {
    const trim = Math.floor(starts.length / 20);
    const [first, last] = [starts[trim]!, ends[ends.length - 1 - trim]!];
    const reach = (last - first) / 2;
    low = starts.find((start) => start >= first - reach)!;
    high = ends.findLast((end) => end <= last + reach)!;
  }
  const padding = Math.max((high - low) * 0.05, 12 * 3_600_000);
  return [low - padding, high + padding];
}
