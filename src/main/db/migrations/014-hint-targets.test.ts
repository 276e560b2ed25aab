import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { vectorExtensionPath } from '../connection';
import { AttributionRepository, HINT_TARGET } from '../repositories/attribution.repo';
import { migrate, migrations } from './index';

const insert = (db: DatabaseSync, hash: string, basis: string | null, attribution: object) =>
  db
    .prepare(
      `INSERT INTO documents (content_hash, file_name, format, title, imported_at, original, text,
         published_at, published_basis, attribution)
       VALUES (?, ?, 'txt', 'Titre', '2024-01-01', x'00', 'Texte.', ?, ?, ?)`,
    )
    .run(hash, `${hash}.txt`, basis ? '2024-10-28' : null, basis, JSON.stringify(attribution));

const corpusHint = { date: { evidence: [{ kind: 'corpus', role: 'guess', words: 'x' }] } };
const bodyDate = { date: { evidence: [{ kind: 'body-date', role: 'after', words: 'x' }] } };

describe('migration 14: documents the corpus date hint may date again', () => {
  it('indexes an older corpus’s documents dated by the hint alone, beside the undated ones', () => {
    const db = new DatabaseSync(':memory:', { allowExtension: true });
    db.loadExtension(vectorExtensionPath());
    db.exec('PRAGMA foreign_keys = ON');
    migrate(
      db,
      migrations.filter((migration) => migration.version < 14),
    );
    insert(db, 'stated', 'stated', {});
    insert(db, 'body', 'estimated', bodyDate);
    const attribution = new AttributionRepository(db);
    expect(() => attribution.anyHintTarget()).toThrow(/no such index/);

    migrate(db, migrations);
    // Neither a stated date nor an estimate from the file's own evidence is the hint's to redo.
    expect(attribution.anyHintTarget()).toBe(false);
    insert(db, 'hinted', 'estimated', corpusHint);
    expect(attribution.anyHintTarget()).toBe(true);
    const targets = db
      .prepare(`SELECT content_hash FROM documents d WHERE ${HINT_TARGET}`)
      .all()
      .map((row) => row['content_hash']);
    expect(targets).toEqual(['hinted']);
    // Read through the partial index, never by scanning the corpus.
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT id FROM documents d WHERE ${HINT_TARGET}`)
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/documents_hint_targets/);
    expect(() => db.prepare('SELECT 1 FROM documents INDEXED BY documents_undated')).toThrow(
      /no such index/,
    );
    db.close();
  });
});
