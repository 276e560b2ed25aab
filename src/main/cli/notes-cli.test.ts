import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir } from '../../../tests/support/temp-corpus';
import { openCorpus } from '../app/corpus';
import { n, noteJson } from '../../../tests/support/note-nodes';
import { NotesService } from '../services/notes/notes.service';

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'recoupe.mjs');
const dataDir = mkdtempSync(join(tmpdir(), 'recoupe-notes-cli-'));
const outDir = mkdtempSync(join(tmpdir(), 'recoupe-notes-out-'));
afterAll(() => [dataDir, outDir].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function recoupe(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, '--data', dataDir, ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  const corpus = openCorpus(dataDir);
  const [outcome] = await corpus.handlers['corpus:import']({
    sources: [{ kind: 'path', path: join(fixturesDir, 'brenne-flood-wire.md') }],
  });
  const notes = new NotesService(corpus.db);
  const { passages } = await corpus.handlers['documents:get']({ id: outcome!.documentId! });
  const note = notes.create('Flood: first notes');
  notes.save(note.id, noteJson(n.quotePassage(notes.passageSource(passages[1]!.id))));
  notes.create('Flood: first notes');
  corpus.close();
});

describe('recoupe notes and export', () => {
  it('lists notes as one JSON value', () => {
    const result = recoupe('notes', '--json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({ id: 2, title: 'Flood: first notes', citationCount: 0 }),
      expect.objectContaining({ id: 1, citationCount: 1 }),
    ]);
  });

  it('writes one note, and never replaces the file without --force', () => {
    const file = join(outDir, 'note.md');
    expect(recoupe('export', '1', '--out', file).status).toBe(0);
    const markdown = readFileSync(file, 'utf8');
    expect(markdown).toMatch(/^---\ntitle: "Flood: first notes"/);
    expect(markdown).toMatch(/^> /m);
    const again = recoupe('export', '1', '--out', file);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/Not overwriting .*note\.md.*--force/);
    expect(recoupe('export', '1', '--out', file, '--force').status).toBe(0);
  });

  it('writes every note to a folder with safe, distinct names', () => {
    const folder = join(outDir, 'all notes');
    const result = recoupe('export', '--all', '--out', folder, '--links', 'wiki', '--json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(2);
    expect(readdirSync(folder).sort()).toEqual([
      'Flood first notes (2).md',
      'Flood first notes.md',
    ]);
    expect(existsSync(join(folder, 'Flood first notes.md'))).toBe(true);
    expect(recoupe('export', '--all', '--out', folder).status).toBe(1);
  });

  it('explains a missing --out', () => {
    const result = recoupe('export', '1');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('export needs --out FILE');
  });
});
