import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { vectorExtensionPath } from '../connection';
import { DocumentsRepository } from '../repositories/documents.repo';
import { migrate, migrations } from './index';

describe('migration 10: publish date basis and evidence', () => {
  it('gives dates already stored their basis and leaves undated documents undated', () => {
    const db = new DatabaseSync(':memory:', { allowExtension: true });
    db.loadExtension(vectorExtensionPath());
    migrate(
      db,
      migrations.filter((migration) => migration.version < 10),
    );
    const insert = db.prepare(
      `INSERT INTO documents (content_hash, file_name, format, title, published_at,
         published_at_source, imported_at, original, text)
       VALUES (?, ?, 'txt', ?, ?, ?, '2024-01-01', x'00', 'Texte.')`,
    );
    insert.run('a', 'a.txt', 'Daté', '2024-10-28T13:15', 'text');
    insert.run('b', 'b.txt', 'Corrigé', '2024-11-13', 'user');
    insert.run('c', 'c.txt', 'Sans date', null, null);

    migrate(db, migrations);
    const documents = new DocumentsRepository(db);
    const [stated, user, undated] = [1, 2, 3].map((id) => documents.get(id)!);
    expect(stated).toMatchObject({
      publishedBasis: 'stated',
      publishedPrecision: 'day',
      publishedEarliest: '2024-10-28',
    });
    expect(user!.publishedBasis).toBe('user');
    expect(undated).toMatchObject({ publishedAt: null, publishedBasis: null });
    db.close();
  });
});
