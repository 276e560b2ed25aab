import { describe, expect, it } from 'vitest';
import { corpusCommands } from './corpus.commands';

const row = {
  id: 1,
  title: 'Des soldats nord-coréens combattent en Russie',
  outlet: null,
  language: 'fr',
  passageCount: 12,
};

describe('recoupe list', () => {
  it('prints an estimate with its basis and range, never as a stated day', () => {
    const printed = corpusCommands.list!.print([
      {
        ...row,
        publishedAt: '2024-11-13',
        publishedBasis: 'estimated',
        publishedPrecision: 'range',
        publishedEarliest: '2024-11-07',
        publishedLatest: '2024-11-13',
      },
      {
        ...row,
        id: 2,
        publishedAt: '2024-10-28',
        publishedBasis: 'estimated',
        publishedPrecision: 'range',
        publishedEarliest: '2024-10-28',
        publishedLatest: null,
      },
      {
        ...row,
        id: 3,
        publishedAt: '2024-10-28T13:15:52',
        publishedBasis: 'stated',
        publishedPrecision: 'day',
        publishedEarliest: null,
        publishedLatest: null,
      },
    ]);
    expect(printed).toContain('2024-11-07 – 2024-11-13 (estimated)');
    expect(printed).toContain('2024-10-28 or later (estimated)');
    expect(printed).toMatch(/^3\s.*\s2024-10-28\s/m);
  });
});
