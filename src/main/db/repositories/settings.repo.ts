import type { DatabaseSync } from 'node:sqlite';

/** Reads and writes the key-value settings table. */
export class SettingsRepository {
  constructor(private readonly db: DatabaseSync) {}

  /** A setting's value, if set. */
  get(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
      { value: string } | undefined;
    return row?.value;
  }

  /** Sets a setting, replacing any previous value. */
  set(key: string, value: string): void {
    this.db
      .prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      )
      .run(key, value);
  }
}
