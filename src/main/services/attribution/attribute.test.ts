import { describe, expect, it } from 'vitest';
import type { ArticleFields } from '../import/clean/clean';
import { attribute } from './attribute';
import { readCredits } from './credit-lines';
import { knownOutlet } from './outlets';

const body = (text: string) => ({ kind: 'body', text });
const run = (fields: ArticleFields, blocks: { kind: string; text: string }[]) =>
  attribute(fields, {
    blocks,
    text: blocks
      .filter((block) => block.kind === 'body')
      .map((block) => block.text)
      .join('\n\n'),
    fileName: 'article.txt',
  });

describe('outlet, author and title from evidence', () => {
  it('names an outlet from its web host, subdomains included', () => {
    expect(knownOutlet('lexpress.fr')).toBe('L’Express');
    expect(knownOutlet('edition.cnn.com')).toBe('CNN');
    expect(knownOutlet('blog.example.org')).toBeNull();
    const fields: ArticleFields = {
      url: { value: 'https://www.theguardian.com/world/2024/oct/28/x', source: 'text' },
      outlet: { value: 'theguardian.com', source: 'text' },
    };
    const evidence = run(fields, [body('The dam gave way overnight, officials said.')]);
    expect(fields.outlet?.value).toBe('The Guardian');
    expect(evidence.outlet?.[0]).toMatchObject({ kind: 'url-host', words: 'theguardian.com' });
  });

  it('reads credit lines and never takes a photo credit for the outlet', () => {
    const { credits, ignored } = readCredits([
      { kind: 'caption', text: 'Photo : Getty Images / Jean Dupont' },
      body('Photo : Getty Images'),
      { kind: 'copyright', text: '© L’Express 2024 – tous droits réservés' },
      body('Source : AFP'),
      body('Le Figaro avec AFP'),
      body('PARIS (AFP) - La digue a cédé dans la nuit, a indiqué la préfecture.'),
    ]);
    expect(credits.map((credit) => credit.outlet)).toEqual([
      'L’Express',
      'AFP',
      'Le Figaro',
      'AFP',
    ]);
    expect(credits.map((credit) => credit.wire)).toEqual([false, true, false, true]);
    expect(ignored.map((piece) => piece.words)).toContain('Photo : Getty Images');
  });

  it('prefers a copyright line to a wire credit, and keeps unknown outlets unknown with why', () => {
    const credited: ArticleFields = {};
    run(credited, [
      body('Le maire a parlé.'),
      body('(AFP)'),
      { kind: 'copyright', text: '© Le Courrier de Valmont' },
    ]);
    expect(credited.outlet?.value).toBe('Le Courrier de Valmont');

    const unknown: ArticleFields = {};
    const evidence = run(unknown, [
      body('Le maire a parlé.'),
      { kind: 'caption', text: 'Photo : Getty Images / X' },
    ]);
    expect(unknown.outlet).toBeUndefined();
    expect(evidence.outletUnknown).toBe('photo-credits-only');
  });

  it('never replaces an outlet the user set', () => {
    const fields: ArticleFields = {
      outlet: { value: 'Mon journal', source: 'user' },
      url: { value: 'https://www.lemonde.fr/a', source: 'text' },
    };
    run(fields, [body('Texte.')]);
    expect(fields.outlet).toEqual({ value: 'Mon journal', source: 'user' });
  });

  it('makes a short title from the first sentence when there is no headline, and says so', () => {
    const fields: ArticleFields = {
      title: { value: 'whatever the cleaner picked', source: 'text' },
    };
    const evidence = run(fields, [
      body(
        'Le président ukrainien a déclaré dimanche que la Corée du Nord fournissait des soldats à l’armée russe pour mener à bien son invasion. Suite du texte.',
      ),
    ]);
    expect(evidence.titleMadeUp).toBe(true);
    expect(fields.title!.value.length).toBeLessThanOrEqual(81);
    expect(fields.title!.value).toMatch(/^Le président ukrainien a déclaré dimanche.*…$/);
    const headlined: ArticleFields = { title: { value: 'La digue cède', source: 'text' } };
    const kept = run(headlined, [{ kind: 'title', text: 'La digue cède' }, body('Texte.')]);
    expect(kept.titleMadeUp).toBeUndefined();
    expect(headlined.title!.value).toBe('La digue cède');
  });
});
