import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { vectorExtensionPath } from '../connection';
import { LibraryRepository } from '../repositories/library.repo';
import { migrate, migrations } from './index';

describe('migration 9: library sort indexes', () => {
  it('indexes the documents of an older corpus so the library pages through them', () => {
    const db = new DatabaseSync(':memory:', { allowExtension: true });
    db.loadExtension(vectorExtensionPath());
    const before = migrations.findIndex((migration) => migration.version === 9);
    migrate(db, migrations.slice(0, before));
    const insert = db.prepare(
      `INSERT INTO documents (content_hash, file_name, format, title, outlet, published_at,
         imported_at, original, text) VALUES (?, ?, 'txt', ?, ?, ?, '2024-01-01', x'00', 'Texte.')`,
    );
    insert.run('a', 'a.txt', 'Zèbre', 'Le Courrier', '2023-04-01');
    insert.run('b', 'b.txt', 'alpha', null, null);
    insert.run('c', 'c.txt', 'Bravo', 'La Gazette', '2024-02-01');

    migrate(db, migrations);
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'documents'")
      .all()
      .map((row) => (row as { name: string }).name);
    expect(indexes).toEqual(
      expect.arrayContaining([
        'documents_newest',
        'documents_oldest',
        'documents_title',
        'documents_by_outlet',
        'documents_language',
      ]),
    );
    const library = new LibraryRepository(db);
    const titles = (sort: 'newest' | 'title') =>
      library.page({ sort }, 0, 10).documents.map((document) => document.title);
    expect(titles('newest')).toEqual(['Bravo', 'Zèbre', 'alpha']);
    expect(titles('title')).toEqual(['alpha', 'Bravo', 'Zèbre']);
    db.close();
  });
});
