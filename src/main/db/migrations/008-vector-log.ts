import { randomUUID } from 'node:crypto';
import type { Migration } from './index';

/**
 * The vector index (a file beside the database: usearch HNSW until 2026-12, int8 columns
 * since) is a cache of `passage_vectors`. Every passage whose vector may have changed is
 * logged here, so the index catches up after a restart or a crash by replaying the log instead
 * of being rebuilt; the generation names this corpus's vector space, and changes when the
 * vectors are all replaced.
 */
export const vectorLog: Migration = {
  version: 8,
  name: 'vector change log for the approximate index',
  up(db) {
    db.exec(`
      CREATE TABLE vector_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        passage_id INTEGER NOT NULL
      );
      CREATE TRIGGER passages_log_insert AFTER INSERT ON passages BEGIN
        INSERT INTO vector_log (passage_id) VALUES (new.id);
      END;
      CREATE TRIGGER passages_log_delete AFTER DELETE ON passages BEGIN
        INSERT INTO vector_log (passage_id) VALUES (old.id);
      END;
    `);
    db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('vector_generation', ?)").run(
      randomUUID(),
    );
  },
};
