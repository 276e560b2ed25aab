import type { DatabaseSync } from 'node:sqlite';

/**
 * Tables made from the passages and notes, which can be made again without losing anything:
 * the full-text indexes, the vector table and its change log (the word counts live in memory).
 */
export const DERIVED_TABLE = /^(passages_fts|passage_vectors|notes_fts|passages_vocab|vector_log)/;

/** Reads SQLite's own checks and copies what can be read out of a damaged file. */
export class HealthRepository {
  constructor(private readonly db: DatabaseSync) {}

  /** `PRAGMA quick_check`: ['ok'] for a sound file, else SQLite's lines about the damage. */
  quickCheck(table?: string): string[] {
    const target = table === undefined ? '' : `("${table.replaceAll('"', '""')}")`;
    const rows = this.db.prepare(`PRAGMA quick_check${target}`).all() as {
      quick_check: string;
    }[];
    return rows.flatMap((row) => row.quick_check.split('\n'));
  }

  /** The stored tables (not virtual ones, whose data sits in their shadow tables). */
  storedTables(schema = 'main'): string[] {
    return (
      this.db
        .prepare(
          `SELECT name FROM ${schema}.sqlite_schema WHERE type = 'table' AND rootpage > 0 AND name NOT LIKE 'sqlite_%' ORDER BY rootpage`,
        )
        .all() as { name: string }[]
    ).map((row) => row.name);
  }

  /** The tables whose own check fails: where the damage is. */
  damagedTables(): string[] {
    return this.storedTables().filter((table) => {
      try {
        const lines = this.quickCheck(table);
        return !(lines.length === 1 && lines[0] === 'ok');
      } catch {
        return true;
      }
    });
  }

  /**
   * Copies every table that is not derived from the corpus file at `file` into this (fresh,
   * migrated) database. Passages' triggers refill the full-text index and the vector log.
   */
  copyKeptTablesFrom(file: string): void {
    this.db.exec('PRAGMA foreign_keys = OFF');
    this.db.prepare(`ATTACH DATABASE ? AS damaged`).run(file);
    this.db.exec('BEGIN');
    try {
      const here = new Set(this.storedTables());
      for (const table of this.storedTables('damaged')) {
        if (DERIVED_TABLE.test(table) || !here.has(table)) continue;
        const columns = (
          this.db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]
        )
          .map((column) => `"${column.name}"`)
          .join(', ');
        this.db.exec(
          `INSERT OR REPLACE INTO main."${table}" (${columns}) SELECT ${columns} FROM damaged."${table}"`,
        );
      }
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    } finally {
      this.db.exec('DETACH DATABASE damaged');
      this.db.exec('PRAGMA foreign_keys = ON');
    }
  }
}
