import { describe, expect, it } from 'vitest';
import {
  comparable,
  outcomesAround,
  placesIn,
  verdictOn,
  type ClaimTime,
  type FigureClaim,
} from './figure-claims';
import { extractFigures } from './figures';
import { quantitiesOverlap, quantityOf } from './quantity';

/** The range of the first figure found in a sentence. */
function rangeIn(sentence: string) {
  const [figure] = extractFigures(sentence);
  return quantityOf(figure!.text, figure!.value, figure!.approximate);
}

describe('approximate figures read as ranges', () => {
  it('opens "plus de" and "at least" upwards and "up to" downwards', () => {
    expect(rangeIn('Plus de 3 000 manifestants ont défilé.')).toEqual({
      low: 3000,
      high: Infinity,
    });
    expect(rangeIn('At least 40 boats were damaged.')).toEqual({ low: 40, high: Infinity });
    expect(rangeIn('Up to 250 flights were cancelled.')).toEqual({ low: 0, high: 250 });
  });

  it('reads spelled-out orders of size in French and English', () => {
    const thousands = rangeIn('Plusieurs milliers de réfugiés attendent au poste-frontière.');
    expect([thousands.low, thousands.high]).toEqual([2000, 9999]);
    const hundreds = rangeIn('Hundreds of volunteers cleared the beach.');
    expect([hundreds.low, hundreds.high]).toEqual([200, 999]);
    const about = rangeIn('Une centaine de tracteurs bloquaient le rond-point.');
    expect(about.low).toBeLessThanOrEqual(90);
    expect(about.high).toBeGreaterThanOrEqual(110);
  });

  it('lets "environ" stray by the rounding of its number, not by a fixed factor', () => {
    const about1300 = rangeIn('Environ 1 300 foyers sont privés de courant.');
    expect(quantitiesOverlap(about1300, rangeIn('1 290 foyers sont privés de courant.'))).toBe(
      true,
    );
    expect(quantitiesOverlap(about1300, rangeIn('1 200 foyers sont privés de courant.'))).toBe(
      false,
    );
  });

  it('makes overlap agreement: "more than 10,000" fits 12,000, not "several thousand"', () => {
    const moreThan = rangeIn('More than 10,000 troops were sent to the border.');
    expect(quantitiesOverlap(moreThan, rangeIn('12,000 troops were sent to the border.'))).toBe(
      true,
    );
    expect(
      quantitiesOverlap(moreThan, rangeIn('Plusieurs milliers de soldats ont été envoyés.')),
    ).toBe(false);
  });
});

describe('what a figure counts and where', () => {
  const outcomes = (sentence: string) => {
    const [figure] = extractFigures(sentence);
    return outcomesAround(sentence, figure!.start, figure!.end);
  };

  it('tells launched from destroyed and sent from killed, in both languages', () => {
    expect(outcomes('La ville a été visée par 48 missiles dans la nuit.')).toEqual([]);
    expect(outcomes('Au total, 30 missiles ont été interceptés par la défense.')).toEqual([
      'destroyed',
    ]);
    expect(outcomes('About 200 soldiers were killed or wounded near the bridge.')).toEqual([
      'killed',
      'wounded',
    ]);
    // The outcome of another clause does not leak into this one.
    expect(
      outcomes('Trois policiers ont été blessés, 60 manifestants ont été interpellés.'),
    ).toEqual(['wounded']);
  });

  it('finds the places a sentence puts its figure in', () => {
    expect(placesIn('Dans la région de Tarnowo, 12 ponts ont été coupés.')).toEqual(['tarnowo']);
    expect(placesIn('Floods cut 12 bridges in Ostrava and near Brno.')).toEqual([
      'brno',
      'ostrava',
    ]);
  });
});

const day = (date: string, basis: ClaimTime['basis'] = 'published'): ClaimTime => ({
  start: date,
  end: date,
  basis,
  words: date,
});

function claim(
  text: string,
  source: string,
  when: ClaimTime | null,
  extra: Partial<FigureClaim> = {},
): FigureClaim {
  const [figure] = extractFigures(text);
  return {
    documentId: source.length,
    source,
    text: figure!.text,
    quantity: quantityOf(figure!.text, figure!.value, figure!.approximate),
    approximate: figure!.approximate,
    counted: figure!.unit,
    outcomes: [],
    places: [],
    when,
    undated: when ? undefined : { code: 'no-date' },
    ...extra,
  };
}

describe('verdicts carry their reason', () => {
  it('does not compare two attacks that their sentences date on two nights', () => {
    const first = claim(
      'La nuit du 2 mai, 40 drones ont visé le port.',
      'A',
      day('2025-05-02', 'sentence'),
    );
    const second = claim(
      'La nuit du 9 mai, 65 drones ont visé le port.',
      'Bee',
      day('2025-05-09', 'sentence'),
    );
    expect(comparable(first, second)).toBe(false);
    expect(comparable(first, { ...second, when: day('2025-05-02', 'sentence') })).toBe(true);
  });

  it('does not compare figures from sentences that name nobody in common', () => {
    const valmont = claim('À Valmont, 40 drones ont visé le port.', 'A', null, {
      names: ['valmont'],
    });
    const kerlan = claim('Kerlan a subi 55 drones.', 'Bee', null, { names: ['kerlan'] });
    expect(comparable(valmont, kerlan)).toBe(false);
    expect(comparable(valmont, { ...kerlan, names: ['kerlan', 'valmont'] })).toBe(true);
  });

  it('says two counts of one night disagree, naming both and the date', () => {
    const verdict = verdictOn([
      claim('Overnight, 40 drones hit the port.', 'A', day('2025-05-02', 'sentence')),
      claim('Cette nuit, 55 drones ont frappé le port.', 'Bee', day('2025-05-02', 'sentence')),
    ]);
    expect(verdict.kind).toBe('disagree');
    expect(verdict.reason).toMatchObject({
      code: 'same-time',
      first: { text: '40 drones', source: 'A', when: { start: '2025-05-02', basis: 'sentence' } },
      second: { text: '55 drones', source: 'Bee', when: { start: '2025-05-02' } },
    });
  });

  it('shows estimates from different dates as an estimate that changed, with the dates', () => {
    const verdict = verdictOn([
      claim('Plus de 10 000 soldats ont été envoyés.', 'Wire', day('2025-01-12')),
      claim('Thousands of soldiers were sent.', 'Herald', day('2025-02-20')),
    ]);
    expect(verdict.kind).toBe('changed');
    expect(verdict.reason).toMatchObject({
      code: 'changed',
      earlier: { source: 'Wire', when: { start: '2025-01-12', basis: 'published' } },
      later: { text: 'Thousands of soldiers', source: 'Herald', when: { start: '2025-02-20' } },
    });
  });

  it('neither orders nor puts at one moment figures whose date Recoupe estimated', () => {
    const estimated = { ...day('2025-02-20'), estimated: true };
    const changed = verdictOn([
      claim('Plus de 10 000 soldats ont été envoyés.', 'Wire', day('2025-01-12')),
      claim('Thousands of soldiers were sent.', 'Herald', estimated),
    ]);
    expect(changed.kind).toBe('not-compared');
    expect(changed.reason).toMatchObject({ code: 'estimated-date', guessed: 'Herald' });
    const sameDay = verdictOn([
      claim('Overnight, 40 drones hit the port.', 'A', { ...estimated, basis: 'sentence' }),
      claim('Cette nuit, 55 drones ont frappé le port.', 'Bee', day('2025-02-20', 'sentence')),
    ]);
    expect(sameDay.kind).toBe('not-compared');
  });

  it('does not compare different numbers when one has no date', () => {
    const verdict = verdictOn([
      claim('Environ 300 familles ont été relogées.', 'A', day('2025-01-12')),
      claim('Quelque 450 familles ont été relogées.', 'Bee', null),
    ]);
    expect(verdict.kind).toBe('not-compared');
    expect(verdict.reason).toEqual({
      code: 'undated',
      first: { text: 'Environ 300 familles', source: 'A' },
      second: { text: 'Quelque 450 familles', source: 'Bee' },
      missing: 'Bee',
      why: { code: 'no-date' },
    });
  });

  it('lets overlapping ranges agree', () => {
    const verdict = verdictOn([
      claim('Plus de 600 ménages ont été évacués.', 'A', day('2025-01-12')),
      claim('Some 640 households were evacuated.', 'Bee', day('2025-01-12')),
    ]);
    expect(verdict.kind).toBe('agree');
    expect(verdict.reason).toMatchObject({ code: 'compatible', ranges: true });
    expect(verdict.reason.code === 'compatible' && verdict.reason.figures).toEqual([
      { text: 'Plus de 600 ménages', source: 'A' },
      { text: 'Some 640 households', source: 'Bee' },
    ]);
  });
});
