import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { vectorExtensionPath } from '../connection';
import { TelegramRepository } from '../repositories/telegram.repo';
import { migrate, migrations } from './index';

describe('migration 12: telegram channels and posts', () => {
  it('adds the channel and post keys to an older corpus, its documents untouched', () => {
    const db = new DatabaseSync(':memory:', { allowExtension: true });
    db.loadExtension(vectorExtensionPath());
    db.exec('PRAGMA foreign_keys = ON');
    migrate(
      db,
      migrations.filter((migration) => migration.version < 12),
    );
    db.prepare(
      `INSERT INTO documents (content_hash, file_name, format, title, imported_at, original, text)
         VALUES ('a', 'a.txt', 'txt', 'Un article', '2024-01-01', x'00', 'Texte.')`,
    ).run();

    migrate(db, migrations);
    const telegram = new TelegramRepository(db);
    const channel = telegram.channel({ name: 'Le Fil', telegramId: null, channel: true });
    telegram.recordPost(channel.id, 42, 1);
    expect(telegram.hasPost(channel.id, 42)).toBe(true);
    // The JSON form, read later, gives the channel's id: the same channel, now known by it.
    expect(telegram.channel({ name: 'Le Fil', telegramId: '1002', channel: true }).id).toBe(
      channel.id,
    );
    // Deleting the post's document forgets the post, so a later export brings it back.
    db.prepare('DELETE FROM documents WHERE id = 1').run();
    expect(telegram.hasPost(channel.id, 42)).toBe(false);
    db.close();
  });
});
