import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { temporaryCorpus } from '../../../../../tests/support/temp-corpus';
import { pageBlocks } from '../formats/html-blocks';
import { cleanArticle, bodyText } from './clean';
import { densityOf, pageStopWords, stopListOf, stopWordDensity, wordsOf } from './stop-words';
import { proseFeatures, FEATURE_NAMES } from './prose-features';

const paragraph = (sentence: string, times = 4) => Array(times).fill(sentence).join(' ');

// A whole-page text scrape in German: navigation, the article, then reader comments and a
// footer, every block on its own line as a copy of the rendered page gives it.
const germanScrape = [
  'Startseite',
  'Politik',
  'Wirtschaft',
  'Sport',
  'Kultur',
  'Anmelden',
  'Hochwasser in Valmont: Der Deich am Mühlbach hat in der Nacht nachgegeben',
  paragraph(
    'Der Deich, der die östlichen Viertel der Stadt geschützt hat, ist kurz vor Mitternacht gebrochen, und die Feuerwehr hat in der Nacht mehr als dreihundert Häuser evakuiert.',
  ),
  paragraph(
    'Nach Angaben der Präfektur wurden die Bewohner in die Turnhalle und in die Schulen der Stadt gebracht, wo sie die Nacht verbringen konnten.',
  ),
  paragraph(
    'Der Pegel des Flusses soll erst am Samstag sinken, und die Behörden rechnen mit weiteren Regenfällen in der Region.',
  ),
  'Schreibe einen Kommentar',
  'Deine E-Mail-Adresse wird nicht veröffentlicht.',
  'Hans Müller',
  '14. März 2025 um 08:12',
  'Das ist wirklich schlimm, ich hoffe, dass die Stadt den Deich endlich richtig repariert und dass alle Menschen bald wieder in ihre Häuser zurück können.',
  'Impressum',
  'Datenschutz',
  'Kontakt',
].join('\n');

describe('stop-words of the page language', () => {
  it('finds the page language among thirty lists, and none for text without spaces', () => {
    const german = pageStopWords([
      'Der Deich ist in der Nacht gebrochen und die Stadt wurde evakuiert.',
    ]);
    const english = pageStopWords(['The dyke gave way in the night and the town was evacuated.']);
    expect(german).not.toBe(0);
    expect(english).not.toBe(german);
    expect(pageStopWords(['東京都は二十日、新たに感染者を確認したと発表した。'])).toBe(0);
    expect(stopWordDensity('Hochwasser Deich Präfektur Feuerwehr', german)).toBe(0);
    expect(stopWordDensity('und die in der', german)).toBe(1);
  });

  it('gives the same list and densities from words already split as from the texts', () => {
    const texts = [
      'Der Deich ist in der Nacht gebrochen und die Stadt wurde evakuiert.',
      'La digue a cédé dans la nuit et la ville a été évacuée.',
      'Menu | Accueil | Contact',
    ];
    const list = stopListOf(texts.map(wordsOf));
    expect(list).toBe(pageStopWords(texts));
    for (const text of texts)
      expect(densityOf(wordsOf(text), list)).toBe(stopWordDensity(text, list));
  });
});

describe('the prose model on a text scrape', () => {
  it('keeps the article and sets aside navigation, the comment section and the footer', () => {
    const { blocks } = cleanArticle(
      germanScrape.split('\n').map((text) => ({ text })),
      {},
      'text',
    );
    const body = bodyText(blocks);
    expect(body).toMatch(/^Der Deich, der die östlichen Viertel/);
    expect(body).toMatch(/weiteren Regenfällen in der Region\.$/);
    for (const boilerplate of ['Startseite', 'Anmelden', 'Hans Müller', 'ich hoffe', 'Impressum'])
      expect(body).not.toContain(boilerplate);
    // Nothing is deleted: every line is still a block, with the kind that set it aside.
    expect(blocks).toHaveLength(germanScrape.split('\n').length);
    expect(blocks.find((block) => block.text === 'Startseite')?.kind).not.toBe('body');
  });

  it('leaves other formats to the rules alone', () => {
    const { blocks } = cleanArticle(germanScrape.split('\n').map((text) => ({ text })));
    expect(blocks.filter((block) => block.kind === 'outside')).toHaveLength(0);
  });

  it('describes every block with one value per named feature', () => {
    const { rows, run } = proseFeatures(
      germanScrape.split('\n').map((text) => ({ text, kind: 'body' })),
    );
    for (const row of rows) expect(row).toHaveLength(FEATURE_NAMES.length);
    // The densest run of prose is the article's three paragraphs (with its headline or not).
    expect(run[0]).toBeGreaterThanOrEqual(6);
    expect(run[1]).toBe(9);
  });
});

describe('what the prose model sets aside', () => {
  it('is listed with its kind and can be put back into the article', async () => {
    const corpus = temporaryCorpus();
    const folder = mkdtempSync(join(tmpdir(), 'recoupe-prose-'));
    try {
      const file = join(folder, 'hochwasser.txt');
      writeFileSync(file, germanScrape);
      const [outcome] = await corpus.handlers['corpus:import']({
        sources: [{ kind: 'path', path: file }],
      });
      const id = outcome!.documentId!;
      const { blocks } = await corpus.handlers['documents:source']({ id });
      const comment = blocks.find((block) => block.text.startsWith('Das ist wirklich schlimm'))!;
      expect(comment).toMatchObject({ kind: 'outside', included: false });
      const restored = await corpus.handlers['documents:setBlocks']({
        id,
        ordinals: [comment.ordinal],
        included: true,
      });
      expect(restored.text).toContain('Das ist wirklich schlimm');
    } finally {
      corpus.dispose();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('blocks of a saved page', () => {
  const { document } = parseHTML(`<html><body>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
    <div class="article-body">Intro text outside any paragraph<p>First paragraph with
      <a href="/x">a link</a> inside.</p><figure><figcaption>A caption</figcaption></figure></div>
    <div style="display: none">Hidden text</div>
    <div id="comments"><p>A reader comment.</p></div>
  </body></html>`);
  const { blocks } = pageBlocks(document.body as unknown as Parameters<typeof pageBlocks>[0]);

  it('reads every visible block, text outside paragraphs included, hidden text left out', () => {
    expect(blocks.map((block) => block.text)).toEqual([
      'Home',
      'World',
      'Intro text outside any paragraph',
      'First paragraph with a link inside.',
      'A caption',
      'A reader comment.',
    ]);
    expect(blocks[4]!.kind).toBe('caption');
  });

  it('says where each block stands: links, furniture, the article container', () => {
    expect(blocks[0]).toMatchObject({ linkDensity: 1, dom: { furniture: true, listItem: true } });
    expect(blocks[3]!.linkDensity).toBeCloseTo(6 / 35);
    expect(blocks[3]!.dom).toMatchObject({ article: true, furniture: false });
    expect(blocks[5]!.dom).toMatchObject({ article: false, furniture: true });
  });
});
