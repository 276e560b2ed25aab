import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir, temporaryCorpus } from '../../../../tests/support/temp-corpus';
import type { Channel, Input, Output } from '../../../shared/contract';
import { dispatch } from '../../app/dispatch';
import { TimelineService } from './timeline.service';

let corpus: ReturnType<typeof temporaryCorpus>;
beforeEach(() => {
  corpus = temporaryCorpus();
});
afterEach(() => corpus.dispose());

async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await dispatch(corpus.handlers, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Output<C>;
}

async function importFixture(name: string): Promise<number> {
  const base64 = readFileSync(join(fixturesDir, name)).toString('base64');
  const [outcome] = await call('corpus:import', { sources: [{ kind: 'bytes', name, base64 }] });
  return outcome!.documentId!;
}

/** Test setup standing in for the import's publish-date detection (another feature). */
function setPublishedAt(documentId: number, publishedAt: string | null): void {
  corpus.db
    .prepare("UPDATE documents SET published_at = ?, published_at_source = 'user' WHERE id = ?")
    .run(publishedAt, documentId);
}

describe('timeline events', () => {
  it('stores events at import, unresolved until the publish date is known, then resolved', async () => {
    const id = await importFixture('timeline-port-greve-ouest.txt');
    // The import reads the fixture's "Publié le" line; forget it to see an undated article.
    setPublishedAt(id, null);
    await call('timeline:reindex', { documentId: id });
    const before = await call('timeline:list', { documentIds: [id] });
    const thursday = before.find((event) => event.mention === 'jeudi')!;
    expect(thursday).toMatchObject({ date: null, resolution: 'unresolved' });
    expect(before.find((event) => event.mention === 'le 6 novembre' || event.mention === '6 novembre')).toBeDefined();

    setPublishedAt(id, '2025-11-18');
    await call('timeline:reindex', { documentId: id });
    const after = await call('timeline:list', { documentIds: [id] });
    const dated = after.map((event) => [event.mention, event.date, event.resolution]);
    expect(dated).toEqual(
      expect.arrayContaining([
        ['jeudi', '2025-11-13', 'relative'],
        ['Dans la nuit de vendredi à samedi', '2025-11-14/2025-11-15', 'relative'],
        ['lundi à 7 h 45', '2025-11-17T07:45', 'relative'],
        ['du 24 au 26 novembre', '2025-11-24/2025-11-26', 'relative'],
      ]),
    );
    // The publish line, the photo credit, the age and the duration are not events.
    expect(after.some((event) => /Publié|Photo|45 ans|trois semaines/.test(event.mention))).toBe(
      false,
    );
    expect(after.every((event) => event.summary.includes(event.mention))).toBe(true);
  }); // prettier-ignore

  it('keeps dismissals, corrections and hand-added events across a reindex', async () => {
    const id = await importFixture('timeline-port-greve-ouest.txt');
    setPublishedAt(id, '2025-11-18');
    await call('timeline:reindex', { documentId: id });
    const events = await call('timeline:list', { documentIds: [id] });
    const thursday = events.find((event) => event.mention === 'jeudi')!;
    const spring = events.find((event) => event.mention === 'au printemps')!;

    await call('timeline:update', { id: spring.id, dismissed: true });
    const corrected = await call('timeline:update', { id: thursday.id, date: '2025-11-12' });
    expect(corrected).toMatchObject({ date: '2025-11-12', precision: 'day', resolution: 'user' });
    const added = await call('timeline:add', {
      passageId: thursday.passageId,
      date: '2025-11-10',
      mentionStart: 0,
      mentionEnd: 10,
    });
    expect(added).toMatchObject({ origin: 'user', resolution: 'user', date: '2025-11-10' });

    await call('timeline:reindex', { documentId: id });
    const again = await call('timeline:list', { documentIds: [id] });
    expect(again.filter((event) => event.passageId === thursday.passageId && event.mention === 'jeudi')).toHaveLength(1);
    expect(again.find((event) => event.mention === 'jeudi')!.date).toBe('2025-11-12');
    expect(again.some((event) => event.mention === 'au printemps')).toBe(false);
    expect(again.some((event) => event.id === added.id)).toBe(true);
    const all = await call('timeline:list', { documentIds: [id], includeDismissed: true });
    expect(all.find((event) => event.mention === 'au printemps')?.dismissed).toBe(true);
  }); // prettier-ignore

  it('keeps dismissals and corrected dates when the document is re-processed from its file', async () => {
    const id = await importFixture('timeline-port-greve-ouest.txt');
    const events = await call('timeline:list', { documentIds: [id] });
    const thursday = events.find((event) => event.mention === 'jeudi')!;
    const spring = events.find((event) => event.mention === 'au printemps')!;
    await call('timeline:update', { id: spring.id, dismissed: true });
    await call('timeline:update', { id: thursday.id, date: '2025-11-12' });

    // Re-processing finds the events where it prepares the document (the import worker).
    await call('documents:reprocess', { id });
    const read = async () =>
      (await call('timeline:list', { documentIds: [id], includeDismissed: true })).map(
        ({ id: _id, sameEvent: _same, ...event }) => event,
      );
    const reprocessed = await read();
    expect(reprocessed.filter((event) => event.mention === 'jeudi')).toEqual([
      expect.objectContaining({ date: '2025-11-12', resolution: 'user' }),
    ]);
    expect(reprocessed.find((event) => event.mention === 'au printemps')?.dismissed).toBe(true);
    // The same events as reading the stored document again on this thread.
    await call('timeline:reindex', { documentId: id });
    expect(await read()).toEqual(reprocessed);
  }); // prettier-ignore

  it('filters by document, outlet and words, and refuses a date it cannot read', async () => {
    const first = await importFixture('timeline-port-greve-ouest.txt');
    const second = await importFixture('timeline-port-strike-wire.md');
    const both = await call('timeline:list', {});
    expect(new Set(both.map((event) => event.documentId))).toEqual(new Set([first, second]));
    const wire = await call('timeline:list', { documentIds: [second] });
    expect(wire.every((event) => event.documentId === second)).toBe(true);
    const strike = await call('timeline:list', { query: 'walkout' });
    expect(strike.map((event) => event.documentId)).toEqual([second]);
    const noOutlet = await call('timeline:list', { outlets: ['Nowhere Times'] });
    expect(noOutlet).toEqual([]);
    const result = await dispatch(corpus.handlers, 'timeline:update', {
      id: both[0]!.id,
      date: '2025-13-01',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('drops a document’s events with the document', async () => {
    const id = await importFixture('timeline-port-greve-brest.txt');
    expect((await call('timeline:list', {})).length).toBeGreaterThan(0);
    corpus.db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    expect(await call('timeline:list', {})).toEqual([]);
  });
});

describe('re-reading dates when a publish date is set', () => {
  it('runs inside the caller’s transaction, as a documents:update would call it', async () => {
    const id = await importFixture('timeline-port-greve-brest.txt');
    const timeline = new TimelineService(corpus.db);
    corpus.db.exec('BEGIN IMMEDIATE');
    setPublishedAt(id, '2025-11-19');
    timeline.reindex(id);
    corpus.db.exec('COMMIT');
    const events = await call('timeline:list', { documentIds: [id] });
    expect(events.find((event) => event.mention === 'ce mercredi')?.date).toBe('2025-11-19');
  });

  it('orders reports of the same date by publish time, a timed post before an untimed article', async () => {
    const report = async (name: string, publishedAt: string) => {
      const base64 = Buffer.from(
        `Le 27 octobre, une frappe de missiles a touché un immeuble du centre de Kiev, selon ${name}.`,
      ).toString('base64');
      const [outcome] = await call('corpus:import', { sources: [{ kind: 'bytes', name, base64 }] });
      setPublishedAt(outcome!.documentId!, publishedAt);
      await call('timeline:reindex', { documentId: outcome!.documentId! });
      return outcome!.documentId!;
    };
    const article = await report('article.txt', '2024-10-28');
    const wire = await report('wire.txt', '2024-10-28T09:10+01:00');
    const post = await report('post.txt', '2024-10-28T07:52+02:00');
    const events = await call('timeline:list', {});
    const order = events
      .filter((event) => event.date === '2024-10-27')
      .map((event) => event.documentId);
    expect(order).toEqual([post, wire, article]);
  });
});

describe('events dated in captions', () => {
  it('lists a caption’s date marked as such, can hide it, and keeps its dismissal on re-reading', async () => {
    const id = await importFixture('timeline-caption-digue.txt');
    const events = await call('timeline:list', { documentIds: [id] });
    const caption = events.find((event) => event.mention === '14 mars 2025');
    expect(caption).toMatchObject({ date: '2025-03-14', fromBlock: 'caption' });
    expect(caption!.summary).toContain('photographiée depuis un drone');
    const fromText = events.find((event) => event.mention === '2 juin 2025');
    expect(fromText?.fromBlock).toBeNull();

    const hidden = await call('timeline:list', { documentIds: [id], includeCaptions: false });
    expect(hidden.map((event) => event.mention)).not.toContain('14 mars 2025');
    expect(hidden.map((event) => event.mention)).toContain('2 juin 2025');

    await call('timeline:update', { id: caption!.id, dismissed: true });
    await call('timeline:reindex', { documentId: id });
    const again = await call('timeline:list', { documentIds: [id], includeDismissed: true });
    const reread = again.filter((event) => event.mention === '14 mars 2025');
    expect(reread).toHaveLength(1);
    expect(reread[0]!.dismissed).toBe(true);
  });
});
