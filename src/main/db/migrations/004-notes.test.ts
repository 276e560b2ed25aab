import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';

const folders: string[] = [];
afterEach(() =>
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })),
);

describe('migration 4: notes', () => {
  it('indexes note titles and text for search, following updates and deletes', () => {
    const folder = mkdtempSync(join(tmpdir(), 'recoupe-notes-migration-'));
    folders.push(folder);
    const db = openDatabase(join(folder, 'corpus.sqlite'));
    const now = new Date().toISOString();
    db.prepare(
      "INSERT INTO notes (id, title, content, text, created_at, updated_at) VALUES (1, 'Crue', '{}', 'évacués', ?, ?)",
    ).run(now, now);
    const match = (query: string) =>
      db.prepare('SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?').all(query).length;
    expect(match('evacues')).toBe(1);
    db.prepare("UPDATE notes SET text = 'pompiers' WHERE id = 1").run();
    expect(match('evacues')).toBe(0);
    expect(match('pompiers')).toBe(1);

    // A link outlives the passage it cites (no foreign key), and goes with its note.
    db.prepare(
      "INSERT INTO note_links (note_id, kind, passage_id, document_id, quoted_text, source_title) VALUES (1, 'quote', 999, 5, 'mots', 'Titre')",
    ).run();
    db.prepare('DELETE FROM notes WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM note_links').get()).toEqual({ n: 0 });
    expect(match('pompiers')).toBe(0);
    db.close();
  });
});
