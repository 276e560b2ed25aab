import { describe, expect, it } from 'vitest';
import { fold, matches } from './match';

describe('the palette finds actions by the starts of their words', () => {
  it('ignores case and accents', () => {
    expect(fold('État Écho')).toBe('etat echo');
    expect(matches('Afficher la vue Chronologie', 'chrono')).toBe(true);
    expect(matches('Exporter la note ouverte en Markdown…', 'EXPORT mark')).toBe(true);
  });

  it('needs every typed word, each at the start of a word', () => {
    expect(matches('New note', 'new n')).toBe(true);
    expect(matches('New note', 'note x')).toBe(false);
    // "ote" is inside "note", not at its start: typing it is not asking for this action.
    expect(matches('New note', 'ote')).toBe(false);
    expect(matches('Langue de l’interface : English', 'interface')).toBe(true);
  });
});
