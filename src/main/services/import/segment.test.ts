import { describe, expect, it } from 'vitest';
import { MAX_PASSAGE_CHARS, segment } from './segment';

describe('segment', () => {
  it('makes one passage per paragraph with offsets that index the text exactly', () => {
    const text =
      'Premier paragraphe.\n\n  Deuxième paragraphe, avec « guillemets ».  \n\n\nTroisième.';
    const passages = segment(text);
    expect(passages.map((passage) => passage.text)).toEqual([
      'Premier paragraphe.',
      'Deuxième paragraphe, avec « guillemets ».',
      'Troisième.',
    ]);
    for (const passage of passages)
      expect(text.slice(passage.start, passage.end)).toBe(passage.text);
  });

  it('treats each line as a paragraph when the text has no blank lines', () => {
    expect(segment('Line one.\nLine two.\nLine three.').map((passage) => passage.text)).toEqual([
      'Line one.',
      'Line two.',
      'Line three.',
    ]);
  });

  it('splits a long paragraph between sentences, never inside one', () => {
    const sentence = (index: number) =>
      `La phrase numéro ${index} raconte ce que M. Dupont a vu à Valmont ce jour-là.`;
    const paragraph = Array.from({ length: 40 }, (_, index) => sentence(index)).join(' ');
    const passages = segment(`Titre\n\n${paragraph}`);
    expect(passages.length).toBeGreaterThan(2);
    for (const passage of passages.slice(1)) {
      expect(passage.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(passage.text).toMatch(/^La phrase numéro \d+/);
      expect(passage.text).toMatch(/jour-là\.$/);
    }
    const rejoined = passages
      .slice(1)
      .map((passage) => passage.text)
      .join(' ');
    expect(rejoined).toBe(paragraph);
  });

  it('returns nothing for blank text', () => {
    expect(segment('  \n\n \n')).toEqual([]);
  });
});
