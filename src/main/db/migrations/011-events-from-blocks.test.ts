import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { vectorExtensionPath } from '../connection';
import { EventsRepository } from '../repositories/events.repo';
import { migrate, migrations } from './index';

describe('migration 11: events from captions', () => {
  it('keeps an older corpus’s events as article text and lets new ones name their caption', () => {
    const db = new DatabaseSync(':memory:', { allowExtension: true });
    db.loadExtension(vectorExtensionPath());
    migrate(
      db,
      migrations.slice(
        0,
        migrations.findIndex((migration) => migration.version === 11),
      ),
    );
    db.exec(`
      INSERT INTO documents (content_hash, file_name, format, title, imported_at, original, text)
        VALUES ('a', 'a.txt', 'txt', 'Digue', '2025-01-01', x'00', 'Le 2 juin 2025, les travaux.');
      INSERT INTO passages (document_id, ordinal, start_offset, end_offset, text)
        VALUES (1, 0, 0, 27, 'Le 2 juin 2025, les travaux.');
      INSERT INTO events (document_id, passage_id, mention, mention_start, mention_end, summary,
        spec, date, date_start, date_end, precision, resolution, origin, created_at)
        VALUES (1, 1, '2 juin 2025', 3, 14, 'Le 2 juin 2025, les travaux.', NULL, '2025-06-02',
          '2025-06-02T00:00', '2025-06-02T23:59', 'day', 'absolute', 'extracted', '2025-01-01');
    `);
    migrate(db, migrations);
    const events = new EventsRepository(db);
    expect(events.byDocument(1)[0]).toMatchObject({ fromBlock: null, blockOrdinal: null });
    events.insertMany(1, [
      {
        passageId: 1,
        mention: '14 mars 2025',
        mentionStart: 40,
        mentionEnd: 52,
        summary: 'La brèche, photographiée le 14 mars 2025.',
        spec: null,
        date: '2025-03-14',
        start: '2025-03-14T00:00',
        end: '2025-03-14T23:59',
        precision: 'day',
        resolution: 'absolute',
        origin: 'extracted',
        block: { kind: 'caption', ordinal: 4 },
      },
    ]);
    const listed = events.list({ includeDismissed: false });
    expect(listed.map((event) => event.fromBlock)).toEqual(['caption', null]);
    expect(events.list({ includeDismissed: false, includeCaptions: false })).toHaveLength(1);
    db.close();
  });
});
