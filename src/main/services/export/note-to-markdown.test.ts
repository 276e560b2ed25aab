import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { ExportContext } from './note-to-markdown';
import { noteToMarkdown } from './note-to-markdown';
import { n, noteJson, source } from '../../../../tests/support/note-nodes';

const plain: ExportContext = { linkStyle: 'plain', includeComments: true };
const note = (...children: Parameters<typeof noteJson>) => ({
  title: 'Crue: « premières notes »',
  createdAt: '2024-11-01T09:00:00.000Z',
  updatedAt: '2024-11-02T10:30:00.000Z',
  content: noteJson(...children),
  tags: [] as string[],
});

/** The Markdown body (front matter removed) parsed by a standard CommonMark parser. */
function parseBody(markdown: string) {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return fromMarkdown(body);
}

/** The text of a paragraph holding only `text` survives a CommonMark round trip unchanged. */
function roundTrip(text: string): string {
  const markdown = noteToMarkdown(note(n.paragraph(n.text(text))), plain);
  return toString(parseBody(markdown));
}

describe('noteToMarkdown', () => {
  it('writes YAML front matter with the title, dates and the given tags', () => {
    const markdown = noteToMarkdown(
      { ...note(n.paragraph(n.text('Suivre la crue'))), tags: ['crue', 'Valmont'] },
      plain,
    );
    expect(markdown.split('\n').slice(0, 6)).toEqual([
      '---',
      'title: "Crue: « premières notes »"',
      'created: "2024-11-01T09:00:00.000Z"',
      'updated: "2024-11-02T10:30:00.000Z"',
      'tags: ["crue", "Valmont"]',
      '---',
    ]);
  });

  it('writes headings, emphasis, underline, strikethrough, inline code and links', () => {
    const markdown = noteToMarkdown(
      note(
        n.heading('h1', n.text('Titre')),
        n.heading('h3', n.text('Sous-partie')),
        n.paragraph(
          n.text('gras', 1),
          n.text(' et '),
          n.text('italique', 2),
          n.text(', '),
          n.text('souligné', 8),
          n.text(', '),
          n.text('barré', 4),
          n.text(', '),
          n.text('a `b` c', 16),
          n.text(' '),
          n.link('https://example.org/a b', n.text('lien')),
        ),
      ),
      plain,
    );
    expect(markdown).toContain('# Titre\n\n### Sous-partie\n\n');
    expect(markdown).toContain(
      '**gras** et *italique*, <u>souligné</u>, <s>barré</s>, ``a `b` c`` [lien](https://example.org/a%20b)',
    );
    const tree = parseBody(markdown);
    expect(tree.children.map((child) => child.type)).toEqual(['heading', 'heading', 'paragraph']);
  });

  it('nests bold inside italic across runs and keeps spaces outside the markers', () => {
    const markdown = noteToMarkdown(
      note(n.paragraph(n.text('un ', 2), n.text('deux ', 3), n.text('trois'))),
      plain,
    );
    expect(markdown).toContain('*un **deux*** trois');
    const paragraph = parseBody(markdown).children[0]!;
    expect(toString(paragraph)).toBe('un deux trois');
  });

  it('writes bullet, numbered and nested lists, and checklists', () => {
    const markdown = noteToMarkdown(
      note(
        n.list(
          'bullet',
          n.item([n.text('un')]),
          n.item([n.list('bullet', n.item([n.text('un.un')]))]),
          n.item([n.text('deux')]),
        ),
        n.list('number', n.item([n.text('premier')]), n.item([n.text('second')])),
        n.list('check', n.item([n.text('vérifier')], true), n.item([n.text('appeler')], false)),
      ),
      plain,
    );
    expect(markdown).toContain('- un\n  - un.un\n- deux');
    expect(markdown).toContain('1. premier\n2. second');
    expect(markdown).toContain('- [x] vérifier\n- [ ] appeler');
    const lists = parseBody(markdown).children.filter((child) => child.type === 'list');
    expect(lists).toHaveLength(3);
  });

  it('writes block quotes, code blocks and hard line breaks', () => {
    const markdown = noteToMarkdown(
      note(
        n.quote(n.text('ligne un'), n.linebreak(), n.text('ligne deux')),
        n.code('js', n.text('const a = "```";'), n.linebreak(), n.text('a * 2')),
      ),
      plain,
    );
    expect(markdown).toContain('> ligne un\\\n> ligne deux');
    expect(markdown).toContain('````js\nconst a = "```";\na * 2\n````');
    const [quote, code] = parseBody(markdown).children;
    expect(quote?.type).toBe('blockquote');
    expect(code).toMatchObject({ type: 'code', lang: 'js', value: 'const a = "```";\na * 2' });
  });

  it('writes a quotation as a block quote followed by its citation line', () => {
    const markdown = noteToMarkdown(note(n.quotePassage(source())), plain);
    expect(markdown).toContain(
      '> Les pompiers ont évacué 1 200 habitants.\n\n— Le Courrier de Valmont, *Crue à Valmont*, Anne Martin, 17 October 2024. <https://courrier.example/crue>',
    );
    const [quote, citation] = parseBody(markdown).children;
    expect(quote?.type).toBe('blockquote');
    expect(toString(quote)).toBe('Les pompiers ont évacué 1 200 habitants.');
    expect(toString(citation)).toContain('https://courrier.example/crue');
  });

  it('writes inline citations as footnotes and lists every source once', () => {
    const other = source({
      passageId: 12,
      documentId: 4,
      title: 'Floods in central France',
      outlet: 'Wire',
      url: 'https://wire.example/floods',
      author: null,
      text: 'Some 1,200 people were evacuated.',
    });
    const markdown = noteToMarkdown(
      note(
        n.quotePassage(source()),
        n.paragraph(
          n.text('Même chiffre'),
          n.citePassage(other),
          n.text(' ici'),
          n.citePassage(source({ passageId: 13 })),
        ),
      ),
      plain,
    );
    expect(markdown).toContain('Même chiffre[^1] ici[^2]');
    expect(markdown).toContain(
      '[^1]: “Some 1,200 people were evacuated.” — Wire, *Floods in central France*, 17 October 2024. <https://wire.example/floods>',
    );
    const sources = markdown.slice(markdown.indexOf('## Sources'));
    expect(sources.match(/^- /gm)).toHaveLength(2);
    expect(sources).toContain('- Le Courrier de Valmont, *Crue à Valmont*');
  });

  it('ends a citation with one full stop even when the title ends a sentence', () => {
    const markdown = noteToMarkdown(
      note(
        n.quotePassage(
          source({
            outlet: null,
            author: null,
            publishedAt: null,
            url: null,
            title: 'Est-ce fini ?',
          }),
        ),
      ),
      plain,
    );
    expect(markdown).toContain('— *Est-ce fini ?*\n');
  });

  it('says when a source is gone, and keeps the quoted words', () => {
    const markdown = noteToMarkdown(note(n.quotePassage(source())), {
      ...plain,
      missingPassageIds: new Set([11]),
    });
    expect(markdown).toContain('> Les pompiers ont évacué 1 200 habitants.');
    expect(markdown).toContain('(source deleted from the corpus; quoted as saved)');
  });

  it('writes wiki links to sources, and highlight comments only when asked', () => {
    const quoted = n.quotePassage(source({ title: 'Crue [1] | bilan', comment: 'À recouper' }));
    const wiki = noteToMarkdown(note(quoted), { linkStyle: 'wiki', includeComments: true });
    expect(wiki).toContain('— Le Courrier de Valmont, [[Crue 1 bilan]], Anne Martin');
    expect(wiki).toContain('*Comment:* À recouper');
    const without = noteToMarkdown(note(quoted), { linkStyle: 'plain', includeComments: false });
    expect(without).not.toContain('À recouper');
    expect(without).toContain('*Crue \\[1\\] \\| bilan*');
  });

  it('words labels, quotation marks and dates in the export language, front matter keys unchanged', () => {
    const other = source({ passageId: 12, publishedAt: '2024-10' });
    const content = note(
      n.quotePassage(source({ comment: 'À recouper' })),
      n.paragraph(n.text('Voir'), n.citePassage(other)),
    );
    const french = noteToMarkdown(content, {
      ...plain,
      language: 'fr',
      missingPassageIds: new Set([12]),
    });
    expect(french).toContain(
      '— Le Courrier de Valmont, *Crue à Valmont*, Anne Martin, 17 octobre 2024.',
    );
    expect(french).toContain('*Commentaire\u00a0:* À recouper');
    expect(french).toMatch(
      /\[\^1\]: «\u00a0Les pompiers ont évacué 1 200 habitants\.\u00a0» — .*, octobre 2024\. .*\(source supprimée du corpus\u202f; citée telle qu’enregistrée\)/,
    );
    expect(french).toContain('## Sources');
    expect(french).toMatch(/^---\ntitle: .*\ncreated: .*\nupdated: .*\ntags: /);
    const english = noteToMarkdown(content, { ...plain, language: 'en' });
    expect(english).toContain('Anne Martin, 17 October 2024.');
    expect(english).toContain('*Comment:* À recouper');
    expect(english).toMatch(
      /\[\^1\]: “Les pompiers ont évacué 1 200 habitants\.” — .*, October 2024\./,
    );
  });

  it('writes an open-ended estimate as "or later" and a bounded one as its range, as the reader does', () => {
    const openEnded = source({
      publishedBasis: 'estimated',
      publishedPrecision: 'range',
      publishedEarliest: '2024-10-17',
      publishedLatest: '2025-03-02',
    });
    const bounded = source({
      passageId: 12,
      documentId: 4,
      title: 'Décrue',
      publishedBasis: 'estimated',
      publishedPrecision: 'range',
      publishedEarliest: '2024-10-17',
      publishedLatest: '2024-10-19',
    });
    const content = note(n.quotePassage(openEnded), n.quotePassage(bounded));
    const english = noteToMarkdown(content, { ...plain, language: 'en' });
    expect(english).toContain('Anne Martin, 17 October 2024 or later (estimated).');
    expect(english).toContain(
      'Anne Martin, between 17 October 2024 and 19 October 2024 (estimated).',
    );
    const french = noteToMarkdown(content, { ...plain, language: 'fr' });
    expect(french).toContain('Anne Martin, le 17 octobre 2024 ou après (estimée).');
    expect(french).toContain(
      'Anne Martin, entre le 17 octobre 2024 et le 19 octobre 2024 (estimée).',
    );
  });

  it('escapes Markdown special characters so they read literally', () => {
    const texts = [
      '*pas gras* et _pas italique_',
      '[pas un lien](http://x) <b>pas html</b> & &amp;',
      '# pas un titre',
      '- pas une liste',
      '1. pas numéroté',
      '> pas une citation',
      'a `b` c \\ d | e ~f~ ^g^ $h$ @doe',
      '===',
    ];
    for (const text of texts) expect(roundTrip(text)).toBe(text);
  });

  it('keeps French punctuation and non-breaking spaces exactly', () => {
    const text = '« Jamais vu\u202f! » a dit le maire\u00a0: 1\u00a0200 évacués\u202f; d’autres ?';
    expect(roundTrip(text)).toBe(text);
    const markdown = noteToMarkdown(
      note(n.paragraph(n.text('«\u00a0'), n.text('Attention\u00a0', 1), n.text('!\u00a0»'))),
      plain,
    );
    expect(markdown).toContain('«\u00a0**Attention**\u00a0!\u00a0»');
    const paragraph = parseBody(markdown).children[0]!;
    expect(paragraph).toMatchObject({ type: 'paragraph' });
    expect(JSON.stringify(paragraph)).toContain('"type":"strong"');
  });

  it('reads an empty or broken note as an empty body', () => {
    expect(noteToMarkdown({ ...note(), content: 'not json' }, plain)).toMatch(/---\n$/);
  });
});
