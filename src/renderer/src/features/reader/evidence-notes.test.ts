import { afterEach, describe, expect, it } from 'vitest';
import type { EvidenceNote } from '../../../../shared/attribution';
import { setLocale } from '../../lib/i18n/locale';
import { dateWhy, evidenceNote, noteWords, outletWhy, roleWords } from './evidence-notes';

afterEach(() => setLocale('en'));

const related: EvidenceNote = {
  code: 'related-article',
  shared: 'figure',
  title: 'Crue à Valmont',
  outlet: 'La Gazette',
};

describe('what a piece of evidence says of the date', () => {
  it('gives a day its article in French, a month none, and keeps English as it reads', () => {
    setLocale('fr');
    expect(roleWords({ role: 'after', date: '2024-10-28' })).toBe(
      'pas publié avant le 28 oct. 2024',
    );
    expect(roleWords({ role: 'before', date: '2024-11-01' })).toBe(
      'pas publié après le 1er nov. 2024',
    );
    expect(roleWords({ role: 'after', date: '2024-10' })).toBe('pas publié avant octobre 2024');
    expect(roleWords({ role: 'date', date: '2024-10-28' })).toBe(
      'donne la date\u00a0: 28 oct. 2024',
    );
    setLocale('en');
    expect(roleWords({ role: 'after', date: '2024-10-28' })).toBe(
      'not published before Oct 28, 2024',
    );
    expect(roleWords({ role: 'after', date: '2024-10' })).toBe('not published before October 2024');
    expect(roleWords({ role: 'guess', date: '2024-11-01' })).toBe('a likely day Nov 1, 2024');
  });
});

describe('evidence notes in the interface language', () => {
  it('words a related article with French quotation marks and non-breaking spaces', () => {
    setLocale('fr');
    expect(noteWords(related)).toBe(
      'compte la même chose\u00a0: «\u00a0Crue à Valmont\u00a0» (La Gazette)',
    );
    setLocale('en');
    expect(noteWords(related)).toBe('counts the same thing: “Crue à Valmont” (La Gazette)');
    expect(noteWords({ ...related, shared: 'quote', outlet: null })).toBe(
      'shares this quotation: “Crue à Valmont”',
    );
  });

  it('formats the days and weekdays of a note the way the interface does', () => {
    const note: EvidenceNote = {
      code: 'weekday-mismatch',
      date: '2024-11-13',
      weekday: 3,
      stated: 4,
    };
    setLocale('fr');
    expect(noteWords(note)).toBe('le 13 nov. 2024 est un mercredi, pas un jeudi');
    expect(noteWords({ code: 'disagrees', kind: 'metadata', date: '2024-10-28' })).toBe(
      'contredit les métadonnées de la page (28 oct. 2024)',
    );
    setLocale('en');
    expect(noteWords(note)).toBe('Nov 13, 2024 is a Wednesday, not a Thursday');
    expect(noteWords({ code: 'no-year-for-weekday', around: 2024, weekday: 0 })).toBe(
      'no year near 2024 has this day on a Sunday',
    );
  });

  it('joins several notes, and shows a note an earlier version stored in words as it is', () => {
    setLocale('fr');
    const piece = {
      kind: 'weekday-date' as const,
      words: 'ce mercredi 13 novembre',
      role: 'guess' as const,
      date: '2024-11-13',
      notes: [
        { code: 'weekday-gives-year', date: '2024-11-13', weekday: 3 },
        { code: 'looks-forward' },
      ] satisfies EvidenceNote[],
    };
    expect(evidenceNote(piece)).toBe(
      'le 13 nov. 2024 est un mercredi\u202f; le texte l’annonce à venir',
    );
    const legacy = { kind: 'corpus' as const, words: 'x', role: 'guess' as const, date: '2024' };
    expect(evidenceNote({ ...legacy, note: 'shares this quotation: “A”' })).toBe(
      'shares this quotation: “A”',
    );
    expect(evidenceNote(legacy)).toBeNull();
  });

  it('says why a date or an outlet is unknown, from the code or an earlier version’s words', () => {
    setLocale('fr');
    const unknown = { date: null, earliest: null, latest: null, precision: null, basis: null };
    expect(dateWhy({ ...unknown, evidence: [], whyUnknown: 'nothing-found' })).toMatch(
      /^Aucune date/,
    );
    expect(dateWhy({ ...unknown, evidence: [], why: 'No date in the text.' })).toBe(
      'No date in the text.',
    );
    expect(outletWhy({ outletUnknown: 'photo-credits-only' })).toMatch(/crédits photo/);
    expect(outletWhy({ outletWhy: 'No site name.' })).toBe('No site name.');
    expect(outletWhy({})).toBeNull();
  });
});
