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
  /** Left and right ends of the time the cluster's events cover, for drawing it as a bar. */
  startX: number;
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

/** A lane's events with their instants, sorted once per set of events. */
export interface PlacedLane {
  key: string;
  label: string;
  /** Middle instants, ascending; a span sits at its middle. */
  times: number[];
  starts: number[];
  ends: number[];
  events: TimelineEvent[];
}

/** Splits events into lanes and sorts each by time: the costly part, done once per event set. */
export function place(
  events: readonly TimelineEvent[],
  options: { mode: TimelineMode; lanes: LaneMode; unknownOutlet: string },
): PlacedLane[] {
  type Entry = [number, number, number, TimelineEvent];
  const byLane = new Map<string, { label: string; placed: Entry[] }>();
  for (const event of events) {
    const at = placement(event, options.mode);
    if (!at) continue;
    const lane = laneOf(event, options.lanes, options.unknownOutlet);
    const entry = byLane.get(lane.key) ?? { label: lane.label, placed: [] };
    entry.placed.push([(at[0] + at[1]) / 2, at[0], at[1], event]);
    byLane.set(lane.key, entry);
  }
  return [...byLane]
    .map(([key, { label, placed }]) => {
      placed.sort((a, b) => a[0] - b[0]);
      return {
        key,
        label,
        times: placed.map((entry) => entry[0]),
        starts: placed.map((entry) => entry[1]),
        ends: placed.map((entry) => entry[2]),
        events: placed.map((entry) => entry[3]),
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** The first index whose time is at least `time` (binary search). */
function firstAtLeast(times: readonly number[], time: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (times[middle]! < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Groups each lane's events whose positions fall within `gap` pixels of the group's first
 * one, looking only at the events between `from` and `to` (the window on screen), so a zoom
 * step costs what is visible, not the whole corpus.
 */
export function clusterLanes(
  lanes: readonly PlacedLane[],
  options: { x: (time: number) => number; gap: number; from: number; to: number },
): Lane[] {
  return lanes.map((lane) => {
    const clusters: Cluster[] = [];
    let current: Cluster | null = null;
    const last = firstAtLeast(lane.times, options.to);
    for (let index = firstAtLeast(lane.times, options.from); index < last; index++) {
      const event = lane.events[index]!;
      const x = options.x(lane.times[index]!);
      const startX = options.x(lane.starts[index]!);
      const endX = options.x(lane.ends[index]!);
      if (current && x - current.x <= options.gap) {
        current.events.push(event);
        current.startX = Math.min(current.startX, startX);
        current.endX = Math.max(current.endX, endX);
        continue;
      }
      current = {
        key: `${lane.key} ${event.id}`,
        x,
        startX,
        endX,
        time: lane.times[index]!,
        events: [event],
        sources: 0,
      };
      clusters.push(current);
    }
    for (const item of clusters) {
      item.sources = new Set(item.events.map((event) => event.documentId)).size;
    }
    return { key: lane.key, label: lane.label, clusters };
  });
}

/** Places and clusters in one go (for tests and small sets). */
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
  return clusterLanes(place(events, options), { ...options, from: -Infinity, to: Infinity });
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
