import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, temporaryCorpus } from '../../../../tests/support/temp-corpus';
import type { TimelineEvent } from '../../../shared/timeline';
import { ImportJobs } from '../import/import-jobs';
import { ImportService } from '../import/import.service';
import { LexicalHashEmbedder } from '../embedding/lexical-hash-embedder';
import { TimelineService } from './timeline.service';

/**
 * Publish dates of the seed articles as their texts give them (a "Publish date" line, "ce
 * mercredi 13 novembre", the day count since the invasion, the events they report). The
 * import's own date detection is another feature; this stands in for it.
 */
const publishedAt: Record<string, string> = {
  '000': '2024-10-28',
  '001': '2024-11-13',
  '002': '2024-10-13',
  '003': '2024-10-28',
  '004': '2024-12-17',
};

/**
 * Dates checked by eye against the articles: [seed, exact words, expected ISO date]. A photo
 * caption's date ("… à Pyongyang le 19 juin 2024" under a picture) is not an event: the import
 * sets captions aside, so it must not appear.
 */
const expected: [string, string, string][] = [
  ['000', 'cette nuit', '2024-10-28'],
  ['000', 'de 19 h le 27 octobre', '2024-10-27T19:00'],
  ['001', 'mardi', '2024-11-12'],
  ['001', 'ce mercredi 13 novembre', '2024-11-13'],
  ['001', 'Dans la nuit de samedi à dimanche', '2024-11-09/2024-11-10'],
  ['001', 'en février 2022', '2022-02'],
  ['002', 'Jeudi', '2024-10-10'],
  ['002', 'en juin', '2024-06'],
  ['002', 'samedi soir', '2024-10-12'],
  ['003', 'ce vendredi', '2024-10-25'],
  ['003', 'Jeudi 24 octobre', '2024-10-24'],
  ['003', 'ce dimanche', '2024-10-27'],
  ['004', 'le week-end dernier', '2024-12-14/2024-12-15'],
  ['004', 'au début du mois de décembre', '2024-12'],
];

describe.skipIf(!existsSync(seedsDir))('the timeline on the seed corpus', () => {
  it('dates the events the seed articles report', async () => {
    const corpus = temporaryCorpus();
    try {
      const importer = new ImportJobs(new ImportService(corpus.db, new LexicalHashEmbedder()));
      const timeline = new TimelineService(corpus.db);
      const bySeed = new Map<string, TimelineEvent[]>();
      for (const file of readdirSync(seedsDir).sort()) {
        const seed = file.slice(0, 3);
        const outcome = await importer.importAll([{ kind: 'path', path: join(seedsDir, file) }]);
        const id = outcome[0]!.documentId!;
        corpus.db.prepare('UPDATE documents SET published_at = ? WHERE id = ?').run(publishedAt[seed] ?? null, id);
        timeline.reindex(id);
        bySeed.set(seed, timeline.list({ documentIds: [id], includeDismissed: false }));
      }
      for (const [seed, events] of bySeed) {
        console.log(`seed ${seed}: ${events.length} events`);
        for (const event of events) console.log(`  ${event.date ?? '(unresolved)'}  ${event.mention}`);
      }
      for (const [seed, mention, date] of expected) {
        const dates = bySeed.get(seed)?.filter((e) => e.mention === mention).map((e) => e.date);
        expect(dates, `${seed} “${mention}”`).toContain(date);
      }
      const all = [...bySeed.values()].flat();
      expect(all.filter((event) => event.resolution === 'unresolved')).toEqual([]);
    } finally {
      corpus.dispose();
    }
  }); // prettier-ignore
});
