import { describe, expect, it } from 'vitest';
import { describeRange, resolveAnchor } from './anchoring';

const original = [
  'Inondations : à Valmont, la nuit où la Brenne a débordé.',
  '« Nous n’avions pas vu un tel niveau depuis 1982 », a répété la maire devant la salle des fêtes.',
  'Selon les pompiers, une centaine d’interventions ont été nécessaires.',
  'Le soir même, la maire a redit : « Nous n’avions pas vu un tel niveau depuis 1982 », avant de partir.',
].join('\n\n');

function anchorOf(text: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = text.indexOf(quote, start + 1);
  expect(start).toBeGreaterThanOrEqual(0);
  return describeRange(text, start, start + quote.length);
}

describe('describeRange', () => {
  it('builds TextQuote and TextPosition selectors with up to 32 characters of context', () => {
    const anchor = anchorOf(original, 'une centaine d’interventions');
    expect(anchor.exact).toBe('une centaine d’interventions');
    expect(anchor.prefix).toHaveLength(32);
    expect(original.slice(anchor.start - 32, anchor.start)).toBe(anchor.prefix);
    expect(anchor.suffix.startsWith(' ont été nécessaires.')).toBe(true);
    expect(describeRange('abc', 0, 1).prefix).toBe('');
  });
});

describe('resolveAnchor', () => {
  it('exact: an unchanged text keeps the highlight where it was', () => {
    const anchor = anchorOf(original, 'une centaine d’interventions');
    expect(resolveAnchor(anchor, original)).toEqual({
      status: 'anchored',
      start: anchor.start,
      end: anchor.end,
    });
  });

  it('moved: text inserted before the quote shifts it to its new offsets', () => {
    const anchor = anchorOf(original, 'une centaine d’interventions');
    const changed = 'LA GAZETTE DU CENTRE — édition du soir\n\n' + original;
    const resolution = resolveAnchor(anchor, changed);
    expect(resolution.status).toBe('moved');
    expect(changed.slice(resolution.start, resolution.end)).toBe('une centaine d’interventions');
  });

  it('edited nearby: a quote whose words were corrected still finds its place', () => {
    const anchor = anchorOf(original, 'Selon les pompiers, une centaine d’interventions');
    const changed = original.replace(
      'Selon les pompiers, une centaine',
      'Selon les sapeurs-pompiers, une bonne centaine',
    );
    const resolution = resolveAnchor(anchor, changed);
    expect(resolution.status).toBe('edited');
    const found = changed.slice(resolution.start, resolution.end);
    expect(found).toContain('pompiers, une bonne centaine');
    expect(found.endsWith('d’interventions')).toBe(true);
  });

  it('edited nearby: new words around an intact quote do not move it elsewhere', () => {
    const anchor = anchorOf(original, 'la salle des fêtes');
    const changed = original.replace('devant la salle', 'hier soir devant la salle');
    const resolution = resolveAnchor(anchor, changed);
    expect(resolution.status).toBe('moved');
    expect(changed.slice(resolution.start, resolution.end)).toBe('la salle des fêtes');
  });

  it('ambiguous: a phrase found twice stays on the occurrence the user chose', () => {
    const quote = 'Nous n’avions pas vu un tel niveau depuis 1982';
    const second = anchorOf(original, quote, 1);
    const first = anchorOf(original, quote, 0);
    // A long insertion at the top shifts both occurrences further than the gap between them.
    const changed = 'Mise à jour : '.repeat(30) + '\n\n' + original;
    const secondResolved = resolveAnchor(second, changed);
    const firstResolved = resolveAnchor(first, changed);
    const occurrences = [changed.indexOf(quote), changed.lastIndexOf(quote)];
    expect(occurrences[0]).not.toBe(occurrences[1]);
    expect(secondResolved).toMatchObject({ status: 'moved', start: occurrences[1] });
    expect(firstResolved).toMatchObject({ status: 'moved', start: occurrences[0] });
  });

  it('ambiguous: with identical context, the old position decides', () => {
    const text = 'alpha beta gamma. alpha beta gamma. alpha beta gamma.';
    const anchor = describeRange(text, 18, 28);
    expect(text.slice(18, 28)).toBe('alpha beta');
    const changed = 'x' + text;
    expect(resolveAnchor(anchor, changed)).toMatchObject({ status: 'moved', start: 19 });
  });

  it('orphaned: a quote removed from the text is reported with its old place and quote', () => {
    const anchor = anchorOf(original, 'une centaine d’interventions');
    const changed = original.replace(/Selon les pompiers.*\n\n/, '');
    const resolution = resolveAnchor(anchor, changed);
    expect(resolution).toEqual({ status: 'orphaned', start: anchor.start, end: anchor.end });
    expect(anchor.exact).toBe('une centaine d’interventions');
  });

  it('orphaned: a short quote is never matched approximately', () => {
    const anchor = describeRange('le chat dort', 3, 7);
    expect(resolveAnchor(anchor, 'le chien dort').status).toBe('orphaned');
  });
});
