import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { vectorExtensionPath } from '../connection';
import { migrate, migrations } from './index';

// Migration 14 replaced this index by documents_hint_targets: read as migration 13 left it.
const anyUndated = (db: DatabaseSync) =>
  db
    .prepare(
      'SELECT 1 FROM documents INDEXED BY documents_undated WHERE published_basis IS NULL LIMIT 1',
    )
    .get() !== undefined;

describe('migration 13: indexes for the corpus date hint', () => {
  it('indexes an older corpus, whose dated and undated documents the hint then tells apart', () => {
    const db = new DatabaseSync(':memory:', { allowExtension: true });
    db.loadExtension(vectorExtensionPath());
    db.exec('PRAGMA foreign_keys = ON');
    migrate(
      db,
      migrations.filter((migration) => migration.version < 13),
    );
    db.exec(`INSERT INTO documents (content_hash, file_name, format, title, imported_at, original,
        text, published_at, published_basis)
      VALUES ('a', 'a.txt', 'txt', 'Daté', '2024-01-01', x'00', 'Texte.', '2024-10-28', 'stated');
      INSERT INTO fingerprint_bands (band, hash, document_id) VALUES (0, 7, 1);`);
    expect(() => anyUndated(db)).toThrow(/no such index/);

    migrate(
      db,
      migrations.filter((migration) => migration.version <= 13),
    );
    expect(anyUndated(db)).toBe(false);
    db.exec(`INSERT INTO documents (content_hash, file_name, format, title, imported_at, original,
        text) VALUES ('b', 'b.txt', 'txt', 'Sans date', '2024-01-01', x'00', 'Texte.')`);
    expect(anyUndated(db)).toBe(true);
    // A document's bands are read by its id, never by scanning the corpus's bands.
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT band, hash FROM fingerprint_bands WHERE document_id = ?')
      .all(1) as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/fingerprint_bands_document/);
    db.close();
  });
});
