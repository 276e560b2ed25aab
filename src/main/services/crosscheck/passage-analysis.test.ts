import { describe, expect, it } from 'vitest';
import { PassageAnalyses, sharedPairs, stemPairs } from './passage-analysis';

describe('passage analysis', () => {
  it('finds the consecutive stem pairs two passages share, each once', () => {
    const probe = stemPairs(['pact', 'defens', 'mutuel', 'sign', 'pact', 'defens']);
    expect(sharedPairs(['defens', 'mutuel', 'pact', 'defens', 'mutuel'], probe)).toEqual(
      new Set(['defens mutuel', 'pact defens']),
    );
    expect(sharedPairs(['mutuel', 'defens'], probe)).toEqual(new Set());
  });

  it('reads stems, names and folded words, in the document’s language', () => {
    const analysis = new PassageAnalyses().of({
      passageId: 1,
      text: 'Les habitants de Valmont ont été évacués vers Châteauroux.',
      language: 'fr',
    });
    expect(analysis.stems).toEqual(['habit', 'valmont', 'evacu', 'ver', 'chateauroux']);
    expect([...analysis.names.keys()]).toEqual(['valmont', 'chateauroux']);
    expect(analysis.words.has('evacues')).toBe(true);
  });

  it('remembers a passage, and analyses it again when its text has changed', () => {
    const analyses = new PassageAnalyses();
    const first = analyses.of({ passageId: 7, text: 'La Brenne monte.', language: 'fr' });
    expect(analyses.of({ passageId: 7, text: 'La Brenne monte.', language: 'fr' })).toBe(first);
    const changed = analyses.of({ passageId: 7, text: 'La Brenne baisse.', language: 'fr' });
    expect(changed.stems).toEqual(['bren', 'baiss']);
    // The same text, its document's language corrected: stemmed again in English.
    const english = analyses.of({ passageId: 7, text: 'La Brenne baisse.', language: 'en' });
    expect(english.language).toBe('en');
    expect(english).not.toBe(changed);
  });

  it('reads names, words and numbers when first asked for, once', () => {
    const analysis = new PassageAnalyses().of({
      passageId: 3,
      text: 'Quatorze habitants de Valmont et 3 200 riverains ont été évacués.',
      language: 'fr',
    });
    expect(analysis.numbers).toEqual(new Set([14, 3200]));
    expect(analysis.numbers).toBe(analysis.numbers);
    expect([...analysis.names.keys()]).toEqual(['quatorze', 'valmont']);
    expect(analysis.names).toBe(analysis.names);
    expect(analysis.words.has('riverains')).toBe(true);
    expect(analysis.words).toBe(analysis.words);
  });
});
