import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildDocx,
  buildEncryptedPdf,
  buildPdf,
  buildScannedPdf,
  buildTwoColumnPdf,
} from '../../../../../tests/support/binary-fixtures';
import { fixturesDir } from '../../../../../tests/support/temp-corpus';
import { prepareDocument } from '../preparation';
import { joinPdfLines } from './pdf';

const fixture = (name: string) => readFileSync(join(fixturesDir, name));

describe('saved web pages', () => {
  it('takes the article and its metadata, each field with where it came from', async () => {
    const { content, blocks } = await prepareDocument(
      fixture('digue-valmont-page.html'),
      'page.html',
    );
    expect(content).toMatchObject({
      format: 'html',
      title: 'Valmont dyke gives way as 300 more homes evacuated',
      outlet: 'The Valley Herald',
      author: 'Sarah Collins, Tom Becker',
      url: 'https://valleyherald.example/world/2025/mar/14/valmont-dyke',
      // The published date, never the later modified one.
      publishedAt: '2025-03-14T07:30:00Z',
      publishedAtSource: 'metadata',
      language: 'en',
      fieldSources: { title: 'metadata', author: 'metadata', url: 'metadata', language: 'text' },
    });
    expect(content.text.split('\n\n')).toHaveLength(4);
    expect(content.text).toMatch(/^The Moulin dyke/);
    for (const gone of [
      'Home',
      'Most read',
      'Saint-Aubin',
      'Photograph',
      '©',
      'hacked',
      'alert(',
    ]) {
      expect(content.text).not.toContain(gone);
    }
    expect(blocks.find((block) => block.kind === 'caption')?.text).toMatch(/sandbags/);
  });

  it('never runs the page’s scripts or handlers', async () => {
    const marker = '__recoupeScriptRan';
    const html = `<html><head><script>globalThis.${marker} = 1</script></head>
      <body onload="globalThis.${marker} = 2"><img src="x" onerror="globalThis.${marker} = 3">
      <iframe srcdoc="<script>globalThis.${marker} = 4</script>"></iframe>
      <p>Un article assez long pour être lu, avec une phrase et une autre encore, sur la crue de la Brenne à Valmont.</p></body></html>`;
    const { content } = await prepareDocument(Buffer.from(html), 'page.htm');
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
    expect(content.text).toBe(
      'Un article assez long pour être lu, avec une phrase et une autre encore, sur la crue de la Brenne à Valmont.',
    );
  });

  it('falls back to Open Graph and plain meta tags, and reads a French page', async () => {
    const { content } = await prepareDocument(fixture('crue-valmont-page-fr.html'), 'crue.html');
    expect(content).toMatchObject({
      title: 'Valmont : après la crue, l’heure du premier bilan',
      outlet: 'Le Courrier du Centre',
      author: 'Julien Roche',
      publishedAt: '2025-03-17T06:00:00+01:00',
      language: 'fr',
    });
    expect(content.text).toContain('« Il faudra des mois');
    expect(content.text).not.toContain('Photo :');
  });

  it('takes the title without the site name and the byline from a page with no metadata', async () => {
    const { content } = await prepareDocument(fixture('decrue-valmont-bare.html'), 'bare.html');
    expect(content).toMatchObject({
      title: "Valmont : la décrue s'amorce enfin",
      author: 'Jeanne Morel',
      fieldSources: { author: 'text' },
    });
    expect(content.text.split('\n\n')).toHaveLength(2);
  });

  it('reads the article of a page whose markup opens no <html> or <body>', async () => {
    // linkedom puts such a page inside <head> and leaves document.body empty; a browser shows it.
    const paragraph =
      'Vergangene Woche ereignete sich in Südtirol eine Begegnung zwischen einem Spaziergänger, seinen Hunden und einem Rudel Wölfe, die erst nach Minuten zurückwichen.';
    const second =
      'Der Besitzer rief die Forstbehörde an, die seither prüft, ob das Rudel aus dem Trentino stammt und wie oft es sich den Dörfern im Tal genähert hat.';
    const html = `<!DOCTYPE html><head><meta charset="UTF-8"><title>Wölfe in Südtirol</title>
      <nav><a href="/">Home</a> <a href="/jagd">Jagd</a></nav><h1>Wölfe in Südtirol</h1>
      <article><p>${paragraph}</p><p>${second}</p></article>`;
    const { content } = await prepareDocument(Buffer.from(html), 'page.html');
    expect(content.text).toContain('Vergangene Woche ereignete sich in Südtirol');
    expect(content.text).toContain('Der Besitzer rief die Forstbehörde');
    expect(content.text).not.toContain('Home');
  });
});

describe('PDF', () => {
  const page = (number: number, lines: string[]) => ({
    header: 'Le Courrier du Centre — Dossier crue',
    footer: String(number),
    lines,
  });

  it('reads text with page numbers, repairs hyphenation and drops running headers', async () => {
    const bytes = await buildPdf([
      page(1, [
        'Valmont face à la crue de la Brenne',
        '',
        'La préfecture a ordonné l’éva-',
        'cuation de 300 foyers supplémen-',
        'taires dans la nuit de vendredi.',
        '',
        'Les pompiers ont mené 112 interventions.',
      ]),
      page(2, ['La décrue devrait commencer samedi, selon Vigicrues.']),
      page(3, ['La vigilance rouge reste maintenue sur le tronçon de Valmont.']),
    ]);
    const { content, blocks } = await prepareDocument(bytes, 'dossier.pdf');
    expect(content.title).toBe('Valmont face à la crue de la Brenne');
    expect(content.text.split('\n\n')).toEqual([
      'La préfecture a ordonné l’évacuation de 300 foyers supplémentaires dans la nuit de vendredi.',
      'Les pompiers ont mené 112 interventions.',
      'La décrue devrait commencer samedi, selon Vigicrues.',
      'La vigilance rouge reste maintenue sur le tronçon de Valmont.',
    ]);
    const headers = blocks.filter((block) => block.kind === 'header');
    expect(headers.map((block) => block.text)).toContain('Le Courrier du Centre — Dossier crue');
    expect(headers.map((block) => block.page)).toEqual([1, 1, 2, 2, 3, 3]);
    expect(blocks.find((block) => block.text.startsWith('La décrue'))?.page).toBe(2);
  });

  it('reads a page set in two columns column by column', async () => {
    const bytes = await buildTwoColumnPdf(
      'La Brenne en crue : le point complet',
      [
        'La préfecture de la Brenne a',
        'ordonné vendredi soir l’évacua-',
        'tion de trois cents foyers.',
      ],
      ['Les pompiers ont mené cent', 'douze interventions dans la', 'nuit, selon leur bilan.'],
    );
    const { content } = await prepareDocument(bytes, 'colonnes.pdf');
    expect(content.title).toBe('La Brenne en crue : le point complet');
    expect(content.text).toBe(
      'La préfecture de la Brenne a ordonné vendredi soir l’évacuation de trois cents foyers. Les pompiers ont mené cent douze interventions dans la nuit, selon leur bilan.',
    );
  });

  it('joins a word cut by a hyphen only before a lowercase continuation', () => {
    expect(joinPdfLines('gou-', 'vernement')).toBe('gouvernement');
    expect(joinPdfLines('Jean-', 'Marc')).toBe('Jean- Marc');
  });

  it('says a scanned PDF has no text layer, and names encrypted and corrupt files', async () => {
    await expect(prepareDocument(await buildScannedPdf(), 'scan.pdf')).rejects.toMatchObject({
      code: 'no-text-layer',
      message: expect.stringMatching(/no text layer \(scanned\?\)/),
    });
    await expect(prepareDocument(await buildEncryptedPdf(), 'secret.pdf')).rejects.toMatchObject({
      code: 'encrypted-file',
    });
    await expect(
      prepareDocument(Buffer.from('%PDF-1.7\nnot really a pdf'), 'broken.pdf'),
    ).rejects.toMatchObject({ code: 'corrupt-file' });
  });
});

describe('Word documents', () => {
  it('reads the title and paragraphs of a .docx', async () => {
    const bytes = await buildDocx('Valmont : la digue du Moulin a cédé', [
      'La digue du Moulin a cédé vendredi peu avant minuit, selon la préfecture de la Brenne. Les secours étaient sur place depuis jeudi soir.',
      'Des bénévoles devant la mairie de Valmont',
      'Photo : Marc Aubert',
      'Trois cents foyers supplémentaires ont été évacués dans la nuit.',
    ]);
    const { content } = await prepareDocument(bytes, 'note.docx');
    expect(content).toMatchObject({
      format: 'docx',
      title: 'Valmont : la digue du Moulin a cédé',
      language: 'fr',
    });
    expect(content.text.split('\n\n')).toHaveLength(2);
  });

  it('names a damaged .docx', async () => {
    await expect(
      prepareDocument(Buffer.from('PK\u0003\u0004 broken'), 'x.docx'),
    ).rejects.toMatchObject({
      code: 'corrupt-file',
    });
  });
});

describe('other files', () => {
  it('refuses unknown formats, naming the supported ones', async () => {
    await expect(prepareDocument(Buffer.from('x'), 'photo.jpg')).rejects.toMatchObject({
      code: 'unsupported-format',
      message: expect.stringMatching(
        /Supported formats: .txt, .text, .md, .markdown, .html, .htm, .xhtml, .pdf, .docx/,
      ),
    });
  });
});
