import type { DatabaseSync } from 'node:sqlite';
import type { DateBasis } from '../../../shared/attribution';
import type { TelegramChannel } from '../../../shared/domain';

/** A chat as an export names it, to be matched with one already known. */
export interface ChatKey {
  name: string;
  telegramId: string | null;
  channel: boolean;
}

/** Reads and writes Telegram channels and which of their posts the corpus holds. */
export class TelegramRepository {
  constructor(private readonly db: DatabaseSync) {}

  /**
   * The stored channel for an export's chat, added if new: matched by Telegram's id, else by
   * name among channels whose id is not known yet (an HTML export gives only the name).
   */
  channel(chat: ChatKey): { id: number; publicName: string | null } {
    const byId =
      chat.telegramId === null
        ? undefined
        : (this.db
            .prepare('SELECT id, public_name FROM telegram_channels WHERE telegram_id = ?')
            .get(chat.telegramId) as { id: number; public_name: string | null } | undefined);
    const found =
      byId ??
      (this.db
        .prepare(
          `SELECT id, public_name FROM telegram_channels
             WHERE name = ? AND (telegram_id IS NULL OR ? IS NULL) ORDER BY id LIMIT 1`,
        )
        .get(chat.name, chat.telegramId) as { id: number; public_name: string | null } | undefined);
    if (found) {
      if (chat.telegramId !== null && !byId) {
        this.db
          .prepare('UPDATE telegram_channels SET telegram_id = ? WHERE id = ?')
          .run(chat.telegramId, found.id);
      }
      return { id: found.id, publicName: found.public_name };
    }
    const inserted = this.db
      .prepare('INSERT INTO telegram_channels (telegram_id, name, kind) VALUES (?, ?, ?)')
      .run(chat.telegramId, chat.name, chat.channel ? 'channel' : 'chat');
    return { id: Number(inserted.lastInsertRowid), publicName: null };
  }

  /** Whether the corpus holds this post. */
  hasPost(channelId: number, postId: number): boolean {
    return (
      this.db
        .prepare('SELECT 1 FROM telegram_posts WHERE channel_id = ? AND post_id = ?')
        .get(channelId, postId) !== undefined
    );
  }

  /** Records the document a post became (kept if already recorded). */
  recordPost(channelId: number, postId: number, documentId: number): void {
    this.db
      .prepare(
        'INSERT OR IGNORE INTO telegram_posts (channel_id, post_id, document_id) VALUES (?, ?, ?)',
      )
      .run(channelId, postId, documentId);
  }

  /** Every channel with how many posts the corpus holds. */
  channels(): TelegramChannel[] {
    const rows = this.db
      .prepare(
        `SELECT c.id, c.name, c.kind, c.public_name,
           (SELECT count(*) FROM telegram_posts p WHERE p.channel_id = c.id) AS posts
         FROM telegram_channels c ORDER BY c.name, c.id`,
      )
      .all() as {
      id: number;
      name: string;
      kind: string;
      public_name: string | null;
      posts: number;
    }[];
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      channel: row.kind === 'channel',
      publicName: row.public_name,
      posts: row.posts,
    }));
  }

  /**
   * Sets a channel's public name and its posts' links (https://t.me/<name>/<post>), kept as
   * the user's correction so re-processing a post keeps it; null forgets the name and links.
   */
  setPublicName(channelId: number, publicName: string | null): number {
    this.db
      .prepare('UPDATE telegram_channels SET public_name = ? WHERE id = ?')
      .run(publicName, channelId);
    const link = `'https://t.me/' || ? || '/' || p.post_id`;
    const changed = publicName
      ? this.db
          .prepare(
            `UPDATE documents SET url = (SELECT ${link} FROM telegram_posts p WHERE p.document_id = documents.id),
               corrections = json_set(corrections, '$.fields.url',
                 (SELECT ${link} FROM telegram_posts p WHERE p.document_id = documents.id)),
               field_sources = json_set(field_sources, '$.url', 'user')
             WHERE id IN (SELECT document_id FROM telegram_posts WHERE channel_id = ?)`,
          )
          .run(publicName, publicName, channelId)
      : this.db
          .prepare(
            `UPDATE documents SET url = NULL, corrections = json_remove(corrections, '$.fields.url'),
               field_sources = json_remove(field_sources, '$.url')
             WHERE id IN (SELECT document_id FROM telegram_posts WHERE channel_id = ?)`,
          )
          .run(channelId);
    return Number(changed.changes);
  }

  /** The quotations found in one passage, with the passage's text. */
  quotesInPassage(passageId: number): { text: string; passageText: string }[] {
    return this.db
      .prepare(
        `SELECT q.text, p.text AS passageText FROM quotes q JOIN passages p ON p.id = q.passage_id
         WHERE q.passage_id = ? ORDER BY q.start_offset`,
      )
      .all(passageId) as { text: string; passageText: string }[];
  }

  /** The passages of stored posts, with their document's display fields (cross-checking). */
  postPassages(): PostPassage[] {
    return this.db
      .prepare(
        `SELECT p.document_id AS documentId, p.id AS passageId, p.ordinal, p.text AS passageText,
           d.title, d.file_name AS fileName, d.outlet, d.author, d.published_at AS publishedAt,
           d.published_basis AS publishedBasis
         FROM telegram_posts t JOIN passages p ON p.document_id = t.document_id
           JOIN documents d ON d.id = t.document_id
         ORDER BY d.id, p.ordinal`,
      )
      .all() as unknown as PostPassage[];
  }
}

/** A passage of a stored Telegram post. */
export interface PostPassage {
  documentId: number;
  passageId: number;
  ordinal: number;
  passageText: string;
  title: string;
  fileName: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  publishedBasis: DateBasis | null;
}
