import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../../shared/timeline';
import { timelineEvent } from '../../../../../tests/support/timeline-event';
import { extent, layout } from './layout';

function event(start: string, documentId: number, outlet: string | null = null): TimelineEvent {
  return timelineEvent(documentId, start.slice(0, 10), { outlet });
}

const day = 86_400_000;
const origin = Date.UTC(2025, 10, 1);
/** One pixel a day from 1 November 2025. */
const x = (time: number) => (time - origin) / day;

describe('timeline layout', () => {
  const events = [
    event('2025-11-13', 1, 'Ouest'),
    event('2025-11-13', 2, 'Wire'),
    event('2025-11-13', 3, 'Ouest'),
    event('2025-11-24', 1, 'Ouest'),
  ];

  it('clusters events of the same day from several sources into one item', () => {
    const [lane] = layout(events, {
      mode: 'happened',
      lanes: 'none',
      x,
      gap: 5,
      unknownOutlet: '?',
    });
    expect(lane!.clusters.map((cluster) => [cluster.events.length, cluster.sources])).toEqual([
      [3, 3],
      [1, 1],
    ]);
  });

  it('splits clusters apart when zoomed in enough', () => {
    const zoomed = (time: number) => x(time) * 100;
    const close = [event('2025-11-13', 1), event('2025-11-14', 2)];
    expect(
      layout(close, { mode: 'happened', lanes: 'none', x, gap: 5, unknownOutlet: '?' })[0]!
        .clusters,
    ).toHaveLength(1);
    expect(
      layout(close, { mode: 'happened', lanes: 'none', x: zoomed, gap: 5, unknownOutlet: '?' })[0]!
        .clusters,
    ).toHaveLength(2);
  });

  it('gives each outlet its own lane, and places events by report date on request', () => {
    const lanes = layout(events, {
      mode: 'reported',
      lanes: 'outlet',
      x,
      gap: 5,
      unknownOutlet: '?',
    });
    expect(lanes.map((lane) => [lane.label, lane.clusters.length])).toEqual([
      ['Ouest', 1],
      ['Wire', 1],
    ]);
    expect(lanes[0]!.clusters[0]!.x).toBeCloseTo(17.5, 0);
  });

  it('leaves an outlying old date out of the first window but not out of “show all”', () => {
    const many = [
      ...Array.from({ length: 30 }, (_, index) =>
        event(`2025-11-${String((index % 28) + 1).padStart(2, '0')}`, 1),
      ),
      event('1982-03-13', 2),
    ];
    const core = extent(many, 'happened', { core: true })!;
    const all = extent(many, 'happened')!;
    expect(new Date(core[0]).getUTCFullYear()).toBe(2025);
    expect(new Date(all[0]).getUTCFullYear()).toBe(1980);
  });
});
