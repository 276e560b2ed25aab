import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { vectorExtensionPath } from '../connection';
import { AttributionRepository } from '../repositories/attribution.repo';
import { migrate, migrations } from './index';

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
    expect(() => new AttributionRepository(db).anyUndated()).toThrow(/no such index/);

    migrate(db, migrations);
    const attribution = new AttributionRepository(db);
    expect(attribution.anyUndated()).toBe(false);
    db.exec(`INSERT INTO documents (content_hash, file_name, format, title, imported_at, original,
        text) VALUES ('b', 'b.txt', 'txt', 'Sans date', '2024-01-01', x'00', 'Texte.')`);
    expect(attribution.anyUndated()).toBe(true);
    // A document's bands are read by its id, never by scanning the corpus's bands.
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT band, hash FROM fingerprint_bands WHERE document_id = ?')
      .all(1) as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/fingerprint_bands_document/);
    db.close();
  });
});
