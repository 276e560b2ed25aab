import { afterEach, describe, expect, it } from 'vitest';
import type { FigureReason } from '../../../../shared/crosscheck';
import { setLocale } from '../../lib/i18n/locale';
import { reasonWords } from './figure-reason';

afterEach(() => setLocale('en'));

const changed: FigureReason = {
  code: 'changed',
  earlier: {
    text: 'plus de 10 000 soldats',
    source: 'Wire',
    when: { start: '2025-01-12', end: '2025-01-12', basis: 'published', words: '2025-01-12' },
  },
  later: {
    text: 'des milliers de soldats',
    source: 'Herald',
    when: { start: '2025-02-19', end: '2025-02-20', basis: 'sentence', words: 'cette semaine' },
  },
};

describe('figure verdict reasons in the interface language', () => {
  it('words an estimate that changed with the interface’s dates and quotation marks', () => {
    setLocale('fr');
    expect(reasonWords(changed)).toBe(
      'L’estimation a changé au fil du temps\u00a0: «\u00a0plus de 10 000 soldats\u00a0» (Wire), publié le 12 janv. 2025\u202f; puis «\u00a0des milliers de soldats\u00a0» (Herald), daté «\u00a0cette semaine\u00a0», entre 19 févr. 2025 et 20 févr. 2025.',
    );
    setLocale('en');
    expect(reasonWords(changed)).toBe(
      'Estimate changed over time: “plus de 10 000 soldats” (Wire), published Jan 12, 2025; then “des milliers de soldats” (Herald), dated “cette semaine”, between Feb 19, 2025 and Feb 20, 2025.',
    );
  });

  it('words compatible figures, two counts of one moment and an undated figure', () => {
    const figures = [
      { text: 'plus de 1 200', source: 'A' },
      { text: 'environ 1 300', source: 'B' },
    ];
    setLocale('fr');
    expect(reasonWords({ code: 'compatible', figures, ranges: true })).toBe(
      'Les chiffres sont compatibles\u00a0: «\u00a0plus de 1 200\u00a0» (A), «\u00a0environ 1 300\u00a0» (B) (des chiffres approximatifs, lus comme des fourchettes qui se recoupent).',
    );
    const day = { start: '2025-03-04', end: '2025-03-04', basis: 'sentence' as const };
    expect(
      reasonWords({
        code: 'same-time',
        first: { ...figures[0]!, when: { ...day, words: 'dans la nuit' } },
        second: { ...figures[1]!, when: { ...day, words: 'mardi' } },
      }),
    ).toMatch(/^«\u00a0plus de 1 200\u00a0» \(A\) et .* comptent la même chose au même moment/);
    const undated = reasonWords({
      code: 'undated',
      first: figures[0]!,
      second: figures[1]!,
      missing: 'B',
      why: { code: 'unresolved', words: 'lundi prochain' },
    });
    expect(undated).toContain('le chiffre de B n’a pas de date');
    expect(undated).toContain('sa phrase le date «\u00a0lundi prochain\u00a0»');
    expect(
      reasonWords({
        code: 'estimated-date',
        first: figures[0]!,
        second: figures[1]!,
        guessed: 'B',
      }),
    ).toContain('mais la date de B est estimée');
    setLocale('en');
    expect(reasonWords({ code: 'compatible', figures, ranges: false })).toBe(
      'The numbers are compatible: “plus de 1 200” (A), “environ 1 300” (B).',
    );
  });
});
