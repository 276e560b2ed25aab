import { describe, expect, it } from 'vitest';
import { safeFileName, uniqueFileNames } from './file-names';

describe('safeFileName', () => {
  it('keeps accents and spaces, drops what file systems refuse', () => {
    expect(safeFileName('Crue : « bilan » / 2024?', 'note-1')).toBe('Crue « bilan » 2024.md');
    expect(safeFileName('a\u0000b\tc', 'note-1')).toBe('a b c.md');
  });

  it('never starts with a dot, never uses a reserved or empty name', () => {
    expect(safeFileName('..hidden', 'note-1')).toBe('hidden.md');
    expect(safeFileName('CON', 'note-7')).toBe('note-7.md');
    expect(safeFileName(' ?*/ ', 'note-8')).toBe('note-8.md');
  });

  it('caps long titles at 100 characters without splitting a character', () => {
    const name = safeFileName('é'.repeat(150), 'note-1');
    expect([...name.replace(/\.md$/, '')]).toHaveLength(100);
  });
});

describe('uniqueFileNames', () => {
  it('numbers names that collide, ignoring case', () => {
    expect(uniqueFileNames(['Crue.md', 'crue.md', 'Crue.md', 'Autre.md'])).toEqual([
      'Crue.md',
      'crue (2).md',
      'Crue (3).md',
      'Autre.md',
    ]);
  });
});
