import { describe, expect, it } from 'vitest';
import { english } from './strings';
import { french } from './strings.fr';

type Entry = string | ((...args: never[]) => string) | { [key: string]: Entry };

/** Every leaf of a catalog, by its dotted key. */
function leaves(catalog: Entry, prefix = ''): Map<string, Entry> {
  const found = new Map<string, Entry>();
  if (typeof catalog !== 'object') return found.set(prefix, catalog);
  for (const [key, value] of Object.entries(catalog)) {
    for (const [path, leaf] of leaves(value, prefix ? `${prefix}.${key}` : key)) {
      found.set(path, leaf);
    }
  }
  return found;
}

// Distinct sample arguments: a number that picks the plural "other" form in both languages,
// and strings no translation would contain by chance.
const sample = (index: number, alternative: boolean): number | string =>
  alternative ? (index % 2 ? `Zq${index}x` : 1) : index % 2 ? `Qz${index}y` : 7 + index;

/** Which arguments change the message: a placeholder dropped from one language shows here. */
function usedArguments(message: (...args: unknown[]) => string): boolean[] {
  const base = Array.from({ length: message.length }, (_, index) => sample(index, false));
  const plain = message(...base);
  return base.map((_, index) => {
    const changed = [...base];
    changed[index] = sample(index, true);
    return message(...changed) !== plain;
  });
}

const englishLeaves = leaves(english as unknown as Entry);
const frenchLeaves = leaves(french as unknown as Entry);

describe('the French and English catalogs', () => {
  it('have the same keys', () => {
    expect([...frenchLeaves.keys()].sort()).toEqual([...englishLeaves.keys()].sort());
  });

  it('give every message the same placeholders and arguments in both languages', () => {
    for (const [key, englishEntry] of englishLeaves) {
      const frenchEntry = frenchLeaves.get(key);
      expect(typeof frenchEntry, key).toBe(typeof englishEntry);
      if (typeof englishEntry !== 'function' || typeof frenchEntry !== 'function') continue;
      expect(frenchEntry.length, key).toBe(englishEntry.length);
      const english = usedArguments(englishEntry as (...args: unknown[]) => string);
      const french = usedArguments(frenchEntry as (...args: unknown[]) => string);
      expect({ key, french }).toEqual({ key, french: english });
    }
  });

  it('translate every sentence (only names, codes and shortcuts may be the same)', () => {
    const same = [...englishLeaves]
      .filter(([key, value]) => typeof value === 'string' && frenchLeaves.get(key) === value)
      .map(([key]) => key);
    expect(same.sort()).toEqual(
      [
        'appName',
        'documents',
        'importShortcut',
        'importMenu.pasteShortcut',
        'importPanelTitle',
        'timeline.dateLabel',
        'notes.title',
        'palette.shortcut',
        'palette.actions',
        'palette.documents',
        'sidePanel.note',
        'crossCheck.copies',
        'filters.source',
        'timeline.document',
        'locale.names.en',
        'locale.names.fr',
      ].sort(),
    );
  });

  it('word plurals by each language’s rule, with its own number format', () => {
    expect(english.passages(1)).toBe('1 passage');
    expect(english.passages(0)).toBe('0 passages');
    expect(french.passages(0)).toBe('0 passage');
    expect(french.passages(3)).toBe('3 passages');
    expect(english.corpusSize(10000, 1)).toBe('10,000 documents · 1 passage');
    expect(french.corpusSize(10000, 1)).toBe('10\u202f000 documents · 1 passage');
  });

  it('agree « Tous » or « Toutes » with the noun each filter names', () => {
    expect(french.filters.source).toBe('Source');
    expect(french.filters.any).toEqual({ source: 'Toutes', language: 'Toutes' });
    expect([french.libraryTools.year, french.libraryTools.language]).toEqual(['Année', 'Langue']);
    expect(french.libraryTools.any).toEqual({
      outlet: 'Tous',
      language: 'Toutes',
      tag: 'Tous',
      year: 'Toutes',
    });
  });

  it('keep French typography: non-breaking spaces before : ; ? and inside « »', () => {
    for (const [key, value] of frenchLeaves) {
      const text =
        typeof value === 'function' ? (value as (...a: unknown[]) => string)('x', 2, 3) : value;
      if (typeof text !== 'string') continue;
      expect(text, key).not.toMatch(/ [:;!?»]|« /);
    }
  });
});
