import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../../../../../tests/support/temp-corpus';
import { splitBlocks } from './blocks';
import { classifyAlone } from './classify';
import { cleanArticle, bodyText } from './clean';
import { isDateLine } from './dates';
import { readMetadataLine } from './metadata-lines';

const clean = (name: string) =>
  cleanArticle(
    splitBlocks(readFileSync(join(fixturesDir, name), 'utf8')).map((text) => ({ text })),
  );
const kindOf = (text: string) => classifyAlone(text)?.kind ?? 'body';

describe('boilerplate rules, one block at a time', () => {
  it.each([
    ['Menu', 'menu'],
    ['*.*.*.', 'menu'],
    ['Exit mobile version', 'menu'],
    ['Ouvrir en mode plein écran', 'caption'],
    ['Photo : Getty Images / Jeanne Martin', 'caption'],
    ['Photograph: Marc Aubert/Reuters', 'caption'],
    ['Les secours devant la mairie de Valmont. REUTERS/Marc Aubert', 'caption'],
    ['Le maire de Valmont devant la digue, le 13 mars 2025', 'caption'],
    ['The mayor of Valmont at the dyke on March 13, 2025', 'caption'],
    ['LAISSER UN COMMENTAIRE', 'form'],
    ['Please enter your comment!', 'form'],
    ['12 commentaires', 'form'],
    ['Partager Facebook X WhatsApp', 'share'],
    ['Copyright for syndicated content belongs to the linked Source.', 'copyright'],
    ['© 2025 The Valley Herald. All rights reserved.', 'copyright'],
    ['Tags : inondations, Valmont', 'tags'],
    ['Guerre | Ukraine | Corée du Nord | Russie', 'tags'],
    ['Related News :', 'related'],
    ['À lire aussi', 'related'],
    ['Lire aussi : Les assureurs promettent des indemnisations', 'related'],
    ['Abonnez-vous pour lire la suite', 'promo'],
    ['Source link : https://example.org/a', 'metadata'],
    ['Publish date : 2024-10-28 13:15:52', 'metadata'],
    ['Publié le 14 mars 2025 à 08h30', 'metadata'],
    ['By Sarah Collins', 'metadata'],
    ['Par Claire Dumas', 'metadata'],
  ])('%s → %s', (text, kind) => expect(kindOf(text)).toBe(kind));

  it.each([
    'Comment la Brenne a-t-elle pu déborder si vite ? Les hydrologues avancent trois raisons.',
    'Par ailleurs, la préfecture a ouvert un second centre d’accueil.',
    'Les infos à retenir :',
    'La mobilisation des troupes',
    'Selon l’AFP, 40 sauvetages ont eu lieu dans la nuit, a rapporté la préfecture.',
  ])('keeps prose as body: %s', (text) => expect(kindOf(text)).toBe('body'));
});

describe('metadata lines', () => {
  it('reads labelled lines in French and English spacing', () => {
    expect(readMetadataLine('Source link : https://www.example.fr/a-b/')).toEqual({
      field: 'url',
      value: 'https://www.example.fr/a-b/',
    });
    expect(readMetadataLine('Author :')).toEqual({ field: 'author', value: null });
    expect(readMetadataLine('Auteur: Jeanne Martin')).toEqual({
      field: 'author',
      value: 'Jeanne Martin',
    });
    expect(readMetadataLine('Source : Le Courrier du Centre')).toEqual({
      field: 'outlet',
      value: 'Le Courrier du Centre',
    });
    expect(readMetadataLine('Updated: March 15, 2025 at 10:02 am')).toEqual({
      field: 'modifiedAt',
      value: '2025-03-15T10:02',
    });
  });

  it('reads datelines with words around the date, and nothing else', () => {
    expect(isDateLine('Publié le 14 mars 2025 à 08h30')?.iso).toBe('2025-03-14T08:30');
    expect(isDateLine('lundi 28 octobre 2024')?.iso).toBe('2024-10-28');
    expect(isDateLine('Published October 28, 2024')?.iso).toBe('2024-10-28');
    expect(isDateLine('Le 28 octobre 2024, la Russie a attaqué')).toBeNull();
  });
});

describe('splitting scraped text into blocks', () => {
  it('joins sentences a scraper cut where a quote was', () => {
    expect(splitBlocks('Il a besoin d’armes\net de munitions\n.\nUne autre phrase.')).toEqual([
      'Il a besoin d’armes et de munitions.',
      'Une autre phrase.',
    ]);
  });

  it('keeps French non-breaking spaces and gives glued sentences their space back', () => {
    expect(splitBlocks('Crue\u00a0: «\u00a0évacuez\u00a0»')).toEqual([
      'Crue\u00a0: «\u00a0évacuez\u00a0»',
    ]);
    expect(
      splitBlocks('contre l’Ukraine.Volodymyr Zelensky a dit. M.Dupont, www.example.com.'),
    ).toEqual(['contre l’Ukraine. Volodymyr Zelensky a dit. M.Dupont, www.example.com.']);
  });

  it('joins hard-wrapped paragraphs but not lists of headlines', () => {
    const wrapped =
      'La digue du Moulin, qui protégeait les quartiers est de Valmont, a\ncédé vendredi peu avant minuit sous la pression de la Brenne en crue.';
    expect(splitBlocks(`${wrapped}\n\nSuite.`)).toHaveLength(2);
    const headlines =
      'Municipales : le maire sortant de Saint-Aubin brigue un troisième mandat\nFestival des Lumières : une édition record attendue cet été\n\nFin.';
    expect(splitBlocks(headlines)).toHaveLength(3);
  });
});

describe('cleaning whole scraped articles', () => {
  it('separates a French regional article from its page', () => {
    const { blocks, fields } = clean('digue-valmont-scrape.txt');
    expect(fields).toMatchObject({
      title: { value: 'Crue de la Brenne : la digue du Moulin a cédé, 300 foyers de plus évacués' },
      outlet: { value: 'L’Écho de Valmont', source: 'text' },
      author: { value: 'Claire Dumas', source: 'text' },
      publishedAt: { value: '2025-03-14T08:30', source: 'text' },
    });
    const body = bodyText(blocks);
    expect(body).toMatch(/^La digue du Moulin/);
    expect(body).toMatch(/vigilance rouge sur le tronçon de Valmont\.$/);
    expect(body).toContain('Selon les pompiers, 112 interventions');
    for (const gone of [
      'Menu',
      'Partager',
      'plein écran',
      'sacs de sable',
      'Photo :',
      'Lire aussi',
      'COMMENTAIRE',
      'Municipales',
      'Tous droits',
    ]) {
      expect(body).not.toContain(gone);
    }
    // Nothing is lost: every line of the page is still there, with its kind.
    expect(blocks.filter((block) => block.kind === 'related')).toHaveLength(8);
  });

  it('separates an English article, its byline, dateline and source link', () => {
    const { blocks, fields } = clean('riverbank-herald-scrape.txt');
    expect(fields).toMatchObject({
      title: { value: 'Brenne floods: Valmont dyke gives way as 300 more homes are evacuated' },
      outlet: { value: 'The Valley Herald' },
      author: { value: 'Sarah Collins' },
      url: { value: 'https://valleyherald.example/world/2025/mar/14/brenne-floods-valmont-dyke' },
      publishedAt: { value: '2025-03-14', source: 'text' },
    });
    const body = bodyText(blocks);
    expect(body.split('\n\n')).toHaveLength(4);
    for (const gone of [
      'Skip to content',
      'Share',
      'sandbags',
      'Advertisement',
      'Most read',
      'Rugby',
      '©',
    ]) {
      expect(body).not.toContain(gone);
    }
  });

  it('derives a title from the first sentence when the text has no headline', () => {
    const { fields, blocks } = cleanArticle([
      {
        text: 'Le préfet de la Brenne a levé dimanche la vigilance rouge sur Valmont. La décrue est amorcée depuis samedi.',
      },
      { text: 'Les habitants évacués regagnent leur domicile.' },
    ]);
    expect(fields.title).toEqual({
      value: 'Le préfet de la Brenne a levé dimanche la vigilance rouge sur Valmont',
      source: 'text',
    });
    expect(blocks.every((block) => block.kind === 'body')).toBe(true);
  });
});
