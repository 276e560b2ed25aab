import { describe, expect, it } from 'vitest';
import { toFtsQuery } from './fts-query';

describe('toFtsQuery', () => {
  it('quotes every word so hyphens and FTS keywords are plain text', () => {
    expect(toFtsQuery('nord-coréens NEAR Koursk')).toBe('"nord" "coreens" "near" "koursk"');
  });

  it('drops stop-words but keeps a query made only of them', () => {
    expect(toFtsQuery('les soldats de la Corée')).toBe('"soldats" "coree"');
    expect(toFtsQuery('de la')).toBe('"de" "la"');
  });

  it('keeps quoted phrases, with French or English quotation marks', () => {
    expect(toFtsQuery('« désarroi croissant » Poutine')).toBe('"desarroi croissant" "poutine"');
    expect(toFtsQuery('"réponse ferme"')).toBe('"reponse ferme"');
  });

  it('makes the last word a prefix while it is being typed', () => {
    expect(toFtsQuery('soldats kour', { prefixLastWord: true })).toBe('"soldats" "kour"*');
    expect(toFtsQuery('soldats kour ', { prefixLastWord: true })).toBe('"soldats" "kour"');
  });

  it('joins with OR when asked for any word', () => {
    expect(toFtsQuery('crue Valmont', { any: true })).toBe('"crue" OR "valmont"');
  });

  it('returns null when nothing searchable is left', () => {
    expect(toFtsQuery('  ?! ')).toBeNull();
  });

  it('searches each word with its other inflections, bracketed, phrases left exact', () => {
    const variants = (word: string) => (word === 'missile' ? ['missile', 'missiles'] : [word]);
    expect(toFtsQuery('"tir de missile" missile Kiev', { variants })).toBe(
      '"tir de missile" AND ("missile" OR "missiles") AND "kiev"',
    );
  });
});
