import { describe, expect, it } from 'vitest';
import { extractFigures, parseNumber } from './figures';
import { extractNames } from './names';
import { extractQuotes } from './quotes';

describe('extractQuotes', () => {
  it('finds French guillemets with the speaker named after them', () => {
    const [quote] = extractQuotes(
      '« Nous n’avions pas vu un tel niveau depuis 1982 », a déclaré le maire, Hélène Garnier, lors d’un point presse.',
    );
    expect(quote).toMatchObject({
      text: 'Nous n’avions pas vu un tel niveau depuis 1982',
      speaker: 'Hélène Garnier',
    });
  });

  it('finds English quotes with "X told reporters" and "according to X"', () => {
    const quotes = extractQuotes(
      '"We have not seen such a level since 1982," mayor Hélène Garnier told reporters. "The river is still rising," according to Paul Henri.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Hélène Garnier', 'Paul Henri']);
  });

  it('names the speaker written before the quote, and skips titles between verb and name', () => {
    const [before] = extractQuotes('Mark Rutte a déclaré : « Je peux confirmer leur présence. »');
    expect(before!.speaker).toBe('Mark Rutte');
    const [after] = extractQuotes(
      '“Plus de 10 000 soldats ont été envoyés”, a déclaré mardi le porte-parole du département d’Etat américain, Vedant Patel.',
    );
    expect(after!.speaker).toBe('Vedant Patel');
  });

  it('pairs curly marks by their neighbours when scraped copy opens with ” ', () => {
    const [quote] = extractQuotes(
      'Il a parlé.”Je peux confirmer leur envoi en Russie”, a dit Mark Rutte.',
    );
    expect(quote).toMatchObject({
      text: 'Je peux confirmer leur envoi en Russie',
      speaker: 'Mark Rutte',
    });
  });

  it('leaves out one-word scare quotes and keeps offsets exact', () => {
    const text = 'Un “record” selon lui, et une “réponse ferme” promise.';
    const quotes = extractQuotes(text);
    expect(quotes.map((quote) => quote.text)).toEqual(['réponse ferme']);
    expect(text.slice(quotes[0]!.start, quotes[0]!.end)).toBe('réponse ferme');
  });

  it('opens a quote at a spaced ” followed by a capital, as un-glued scraped copy has it', () => {
    const text =
      'a déclaré la ministre Ana Lind. ” Nous tiendrons la digue jusqu’au bout ”, a dit Ana Lind.';
    const [quote] = extractQuotes(text);
    expect(quote).toMatchObject({
      text: 'Nous tiendrons la digue jusqu’au bout',
      speaker: 'Ana Lind',
    });
  });

  it('names the speaker given by "selon" or "according to" later in the same sentence', () => {
    const [french] = extractQuotes(
      'Ce retard “met en danger toute la vallée” du Lison, selon Paul Arnaud. Le préfet se tait.',
    );
    expect(french!.speaker).toBe('Paul Arnaud');
    const [english] = extractQuotes(
      'The delay "puts the whole valley at risk" for farmers, according to Jane Whitlock.',
    );
    expect(english!.speaker).toBe('Jane Whitlock');
    // A "selon" in the next sentence names someone else's view, not this quote's speaker.
    const [other] = extractQuotes(
      'Il parle d’un “moment de vérité” pour la ville. Selon Paul Arnaud, rien ne presse.',
    );
    expect(other!.speaker).toBeNull();
  });
});

describe('extractFigures', () => {
  it('reads French spacing, narrow no-break spaces, decimal commas and scale words', () => {
    const figures = extractFigures(
      'Plus de 1 200 manifestants, 3,5 millions d’euros et 4\u202F500 soldats ; 6,40 mètres.',
    );
    expect(figures.map(({ value, unit, approximate }) => [value, unit, approximate])).toEqual([
      [1200, 'manifestant', true],
      [3_500_000, 'euro', false],
      [4500, 'soldat', false],
      [6.4, 'metre', false],
    ]);
    expect(figures[0]!.text).toBe('Plus de 1 200 manifestants');
  });

  it('reads English grouping and spelled-out amounts', () => {
    const figures = extractFigures(
      'Some 12,000 troops and une centaine de drones; hundreds of people.',
    );
    expect(figures.map(({ value, unit }) => [value, unit])).toEqual([
      [12000, 'troop'],
      [100, 'drone'],
      [200, 'people'],
    ]);
  });

  it('skips dates, years and clock times', () => {
    expect(extractFigures('Le 28 octobre 2024 à 19 h, depuis 1982 et en 2022 encore.')).toEqual([]);
  });

  it('parses both thousands conventions', () => {
    expect(parseNumber('1 300')).toBe(1300);
    expect(parseNumber('1,300')).toBe(1300);
    expect(parseNumber('2,10')).toBe(2.1);
  });
});

describe('extractNames', () => {
  it('keeps capitalised words, folded, with their written form', () => {
    const names = extractNames('selon lui, Mark Rutte est à Bruxelles avec l’OTAN.');
    expect([...names.keys()].sort()).toEqual(['bruxelles', 'mark', 'otan', 'rutte']);
    expect(names.get('otan')).toBe('OTAN');
  });

  it('drops a common word capitalised only because it opens a sentence', () => {
    const text =
      'Plus de 600 000 militaires ont été tués. Rutte parlera plus tard à Séoul. Pokrovsk, qui résiste, est visée.';
    expect([...extractNames(text).keys()].sort()).toEqual(['pokrovsk', 'rutte', 'seoul']);
    // Without the word in lower case elsewhere, an opener stays a possible name.
    expect(extractNames('Plus de 600 000 militaires.').has('plus')).toBe(true);
  });
});
