import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir, temporaryCorpus } from '../../../../tests/support/temp-corpus';
import type { PassageSource } from '../../../shared/note-content';
import { n, noteJson } from '../../../../tests/support/note-nodes';
import { NotesService } from './notes.service';

const fixtures = ['crue-valmont-courrier.txt', 'brenne-flood-wire.md', 'crue-valmont-gazette.txt'];

describe('notes over imported fixtures', () => {
  let corpus: ReturnType<typeof temporaryCorpus>;
  let sources: PassageSource[];
  beforeEach(async () => {
    corpus = temporaryCorpus();
    const outcomes = await corpus.handlers['corpus:import']({
      sources: fixtures.map((file) => ({ kind: 'path', path: join(fixturesDir, file) })),
    });
    // The foundation's import does not read outlets or URLs yet: set them as a user would.
    outcomes.forEach((outcome, index) =>
      corpus.db
        .prepare('UPDATE documents SET outlet = ?, url = ? WHERE id = ?')
        .run(
          `Outlet ${index + 1}`,
          `https://news${index + 1}.example/article`,
          outcome.documentId!,
        ),
    );
    // One passage from each article: the one that mentions the 1982 level, or the first.
    sources = [];
    for (const outcome of outcomes) {
      const { passages } = await corpus.handlers['documents:get']({ id: outcome.documentId! });
      const passage = passages.find((candidate) => candidate.text.includes('1982')) ?? passages[0]!;
      sources.push(new NotesService(corpus.db).passageSource(passage.id));
    }
  });
  afterEach(() => corpus.dispose());

  const h = () => new NotesService(corpus.db);
  const writeNote = () => {
    const note = h().create('Crue de la Brenne');
    h().save(
      note.id,
      noteJson(
        n.heading('h2', n.text('Trois sources sur 1982')),
        n.quotePassage(sources[0]!),
        n.quotePassage(sources[1]!),
        n.paragraph(n.text('La Gazette le confirme'), n.citePassage(sources[2]!), n.text('.')),
      ),
    );
    return note.id;
  };

  it('snapshots a passage with its document’s outlet, title, date and URL', () => {
    expect(sources[0]).toMatchObject({
      documentId: expect.any(Number),
      ordinal: expect.any(Number),
      title: expect.any(String),
    });
    expect(sources[0]!.text).toContain('1982');
    expect(() => h().passageSource(999_999)).toThrow(/does not exist/);
  });

  it('indexes citations so the reader can show backlinks, and counts them', () => {
    const id = writeNote();
    expect(h().citing(sources[0]!.passageId)).toEqual([
      expect.objectContaining({ noteId: id, title: 'Crue de la Brenne' }),
    ]);
    expect(h().list('')).toEqual([expect.objectContaining({ id, citationCount: 3 })]);
    expect(h().get(id).missingPassageIds).toEqual([]);
  });

  it('finds notes by title and by content, accents folded', () => {
    const id = writeNote();
    h().create('Autre chose');
    expect(
      h()
        .list('brenne')
        .map((note) => note.id),
    ).toEqual([id]);
    expect(
      h()
        .list('gazette confirme')
        .map((note) => note.id),
    ).toEqual([id]);
    expect(
      h()
        .list('priorite')
        .map((note) => note.id),
    ).toEqual([id]);
    expect(h().list('introuvable')).toEqual([]);
  });

  it('renames, duplicates, deletes and restores (undo)', () => {
    const id = writeNote();
    expect(h().rename(id, 'Crue — bilan').title).toBe('Crue — bilan');
    const copy = h().duplicate(id);
    expect(copy.title).toBe('Crue — bilan (copy)');
    expect(h().citing(sources[1]!.passageId)).toHaveLength(2);
    h().setDeleted(id, true);
    expect(
      h()
        .list('')
        .map((note) => note.id),
    ).toEqual([copy.id]);
    expect(h().citing(sources[1]!.passageId)).toHaveLength(1);
    expect(() => h().get(id)).toThrow(/does not exist/);
    h().setDeleted(id, false);
    expect(h().get(id).title).toBe('Crue — bilan');
  });

  it('keeps quotations whose document was deleted, and says their source is gone', () => {
    const id = writeNote();
    corpus.db.prepare('DELETE FROM documents WHERE id = ?').run(sources[0]!.documentId);
    expect(h().get(id).missingPassageIds).toEqual([sources[0]!.passageId]);
    const { markdown } = h().export(id, { linkStyle: 'plain', includeComments: true });
    expect(markdown).toContain(sources[0]!.text.slice(0, 30));
    expect(markdown).toContain('source deleted from the corpus');
    expect(h().citing(sources[0]!.passageId)).toHaveLength(1);
  });

  it('draws and exports each citation with its document’s current fields after a correction', async () => {
    const id = writeNote();
    await corpus.handlers['documents:update']({
      id: sources[0]!.documentId,
      fields: { outlet: 'Le Courrier corrigé', publishedAt: '2025-03-15' },
    });
    const { markdown } = h().export(id, { linkStyle: 'plain', includeComments: true });
    expect(markdown).toContain('Le Courrier corrigé');
    expect(markdown).toContain('15 March 2025');
    expect(markdown).not.toContain('Outlet 1');
    // The editor draws what get() gives: the same current fields.
    expect(h().get(id).content).toContain('Le Courrier corrigé');
  });

  it('writes an estimated date as one in the export', () => {
    const id = writeNote();
    corpus.db
      .prepare(
        `UPDATE documents SET published_at = '2025-03-20', published_basis = 'estimated' WHERE id = ?`,
      )
      .run(sources[1]!.documentId);
    const { markdown } = h().export(id, { linkStyle: 'plain', includeComments: true });
    expect(markdown).toContain('20 March 2025 (estimated)');
  });

  it('exports the hashtags written in a note, once each, as its front-matter tags', () => {
    const id = h().create('Tags').id;
    h().save(id, noteJson(n.paragraph(n.text('Suivre #crue et #Valmont, puis #crue'))));
    const { markdown } = h().export(id, { linkStyle: 'plain', includeComments: true });
    expect(markdown.split('\n')[4]).toBe('tags: ["crue", "Valmont"]');
  });

  it('exports every note with distinct safe file names', () => {
    writeNote();
    writeNote();
    h().create('a/b: c?');
    const files = h().exportAll({ linkStyle: 'plain', includeComments: true });
    expect(files.map((file) => file.fileName).sort()).toEqual(
      ['Crue de la Brenne (2).md', 'Crue de la Brenne.md', 'a b c.md'].sort(),
    );
  });

  it('exports Markdown that pandoc converts without losing a quote or a citation', (context) => {
    const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
    if (pandoc.status !== 0) {
      console.log('skipped: pandoc is not installed (apt-get install pandoc; .ci/run does)');
      context.skip();
    }
    const { markdown } = h().export(writeNote(), { linkStyle: 'plain', includeComments: true });
    const convert = (to: string) =>
      spawnSync('pandoc', ['-f', 'commonmark_x-smart', '-t', to], {
        input: markdown,
        encoding: 'utf8',
      });
    const ast = JSON.parse(convert('json').stdout) as { meta: unknown; blocks: unknown };
    const json = JSON.stringify(ast.blocks);
    expect(json.match(/"t":"BlockQuote"/g)).toHaveLength(2);
    expect(json.match(/"t":"Note"/g)).toHaveLength(1);
    expect(JSON.stringify(ast.meta)).toContain('Brenne');
    const text = convert('plain').stdout.replace(/\s+/g, ' ');
    for (const source of sources) {
      expect(text).toContain(source.text.replace(/\s+/g, ' ').slice(0, 40));
      expect(text).toContain(source.url!);
      expect(text).toContain(source.outlet!);
    }
  });
});
