import { describe, expect, it } from 'vitest';
import { numbersIn } from './passage-numbers';

describe('numbers a passage states', () => {
  it('reads one value from digits and from words, French and English', () => {
    expect(numbersIn('Quatorze voyageurs ont été blessés.')).toEqual(new Set([14]));
    expect(numbersIn('Le bilan fait état de 14 personnes touchées.')).toEqual(new Set([14]));
    expect(numbersIn('une aide de trois millions d’euros')).toEqual(new Set([3_000_000]));
    expect(numbersIn('une aide de 3 millions d’euros')).toEqual(new Set([3_000_000]));
    expect(numbersIn('Some three hundred nurses, forty operations')).toEqual(new Set([300, 40]));
    expect(numbersIn('1 200 hectares, 8% more, 6,40 m')).toEqual(new Set([1200, 8, 6.4]));
  });

  it('leaves out dates and times: every report of a week shares them', () => {
    expect(numbersIn('le blocage a commencé dans la nuit du 14 au 15 novembre')).toEqual(new Set());
    expect(numbersIn('The walkout began on November 6, 2025, at 7 am.')).toEqual(new Set());
    expect(numbersIn('À 10 h 30, 66 drones avaient été détruits.')).toEqual(new Set([66]));
  });

  it('leaves out articles and everyday small words ("un pompier", "one of", "deux")', () => {
    expect(numbersIn('Un pompier et deux collègues, one of them hurt.')).toEqual(new Set());
  });

  it('takes no word for a number because it names an object property ("constructor")', () => {
    // Looked up as object keys, "constructor" found Object's constructor and swallowed the 12.
    expect(numbersIn('12 constructor engineers, 5 toString calls')).toEqual(new Set([12, 5]));
  });
});
