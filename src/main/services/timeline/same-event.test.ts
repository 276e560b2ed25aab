import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../shared/timeline';
import { timelineEvent } from '../../../../tests/support/timeline-event';
import { groupSameEvents } from './same-event';

function event(documentId: number, day: string, summary: string, mention: string): TimelineEvent {
  return timelineEvent(documentId, day, {
    summary,
    mention,
    outlet: `Outlet ${documentId}`,
    publishedAt: `2025-11-1${documentId}`,
  });
}

describe('one event reported by several sources', () => {
  it('groups same-day reports whose sentences agree, listing each source once, in order', () => {
    const events = [
      event(2, '2025-11-13', 'Les dockers de Kervallec ont voté la grève jeudi.', 'jeudi'),
      event(1, '2025-11-13', 'Jeudi, les dockers du port de Kervallec ont voté la grève.', 'Jeudi'),
      event(
        3,
        '2025-11-13',
        'Le 13 novembre, les dockers de Kervallec votent la grève.',
        'Le 13 novembre',
      ),
    ];
    const grouped = groupSameEvents(events);
    const group = grouped[0]!.sameEvent!;
    expect(group.sources.map((source) => source.documentId)).toEqual([1, 2, 3]);
    expect(grouped.every((item) => item.sameEvent?.key === group.key)).toBe(true);
    // "votent" and "voté" stem apart, so the words all three share are these.
    expect(group.words).toEqual(['dockers', 'Kervallec', 'grève']);
  });

  it('keeps apart what shares names or the day but not the fact, and other days', () => {
    const grouped = groupSameEvents([
      event(1, '2025-11-13', 'Les dockers de Kervallec ont voté la grève jeudi.', 'jeudi'),
      // Same day, same port and dockers, another fact.
      event(2, '2025-11-13', 'Jeudi, le maire de Kervallec a reçu les dockers en mairie.', 'Jeudi'),
      // The same words, another day: a second vote, not the same event.
      event(3, '2025-11-20', 'Les dockers de Kervallec ont voté la grève jeudi.', 'jeudi'),
    ]);
    expect(grouped.map((item) => item.sameEvent)).toEqual([null, null, null]);
  });

  it('does not group a document with itself, nor dates coarser than a day', () => {
    const sameDocument = [
      event(1, '2025-11-13', 'Les dockers de Kervallec ont voté la grève jeudi.', 'jeudi'),
      event(1, '2025-11-13', 'Jeudi, les dockers de Kervallec ont voté la grève.', 'Jeudi'),
    ];
    const month = [1, 2].map((documentId) => ({
      ...event(
        documentId,
        '2025-11',
        'En novembre, les dockers de Kervallec ont voté la grève.',
        'En novembre',
      ),
      start: '2025-11-01T00:00',
      end: '2025-11-30T23:59',
      precision: 'month' as const,
    }));
    expect(groupSameEvents([...sameDocument, ...month]).every((item) => !item.sameEvent)).toBe(
      true,
    );
  });
});
