import { describe, expect, it } from 'vitest';
import { MATCH_CLOSE as close, MATCH_OPEN as open } from '../../db/repositories/search.repo';
import { snippetFor } from './snippet';

describe('snippets', () => {
  it('marks whole words, accents folded, and prefixes only where the query asks', () => {
    expect(snippetFor('Le préfet a évacué Valmont.', '"prefet" "evac"*')).toBe(
      `Le ${open}préfet${close} a ${open}évacué${close} Valmont.`,
    );
    expect(snippetFor('Les préfets et le préfet.', '"prefet"')).toBe(
      `Les préfets et le ${open}préfet${close}.`,
    );
  });

  it('shows the 24-word window with the most matches, with ellipses where text is cut', () => {
    const words = Array.from({ length: 100 }, (_, index) => `mot${index}`);
    words[60] = 'crue';
    words[62] = 'Crue';
    words[10] = 'crue';
    const snippet = snippetFor(words.join(' '), '"crue"');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.split(open)).toHaveLength(3);
    expect(snippet).toContain(`${open}Crue${close}`);
    expect(snippet.replace(/…/g, '').split(' ')).toHaveLength(24);
  });

  it('marks every word of a quoted phrase', () => {
    expect(snippetFor('Il a dit « plan Orsec » hier.', '"plan orsec"')).toBe(
      `Il a dit « ${open}plan${close} ${open}Orsec${close} » hier.`,
    );
  });
});
