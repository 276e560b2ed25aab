import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTestBed, settleJob } from '../../../../../tests/support/import-test-bed';
import type { ImportJob } from '../../../../shared/domain';
import type { Corpus } from '../../../app/corpus';
import { temporaryCorpus } from '../../../../../tests/support/temp-corpus';
import { writeExport, type TestChat } from '../../../../../tests/support/telegram-export';
import { everyDocument } from '../../../../../tests/support/library';

// 28 October 2024, 04:52:00 UTC: 07:52 in Kyiv (UTC+02:00 in winter time, +03:00 before).
const T = Date.UTC(2024, 9, 28, 4, 52) / 1000;
const KYIV = 120;

const chats: TestChat[] = [
  {
    name: 'Андрій Єрмак',
    type: 'public_channel',
    id: 1001,
    messages: [
      { id: 1, unix: T - 86400, service: 'created the channel' },
      {
        id: 2,
        unix: T,
        parts: [
          'Росія ',
          { type: 'bold', text: 'продовжує' },
          ' терор. Подробиці ',
          { type: 'text_link', text: 'тут', href: 'https://www.president.gov.ua/news/1' },
          ' 🇺🇦 ',
          { type: 'hashtag', text: '#Україна' },
        ],
        editedUnix: T + 600,
      },
      { id: 3, unix: T + 60, photo: true },
      { id: 4, unix: T + 120, replyTo: 2, parts: ['Відповідь на пост.\nДругий рядок.'] },
      { id: 5, unix: T + 180, service: 'pinned a message' },
    ],
  },
  {
    name: 'Le Fil Info',
    type: 'public_channel',
    id: 1002,
    messages: [
      {
        id: 10,
        unix: T + 300,
        forwardedFrom: 'Андрій Єрмак',
        parts: ['Message transféré : la Russie poursuit la terreur.'],
      },
      {
        id: 11,
        unix: T + 3600,
        signature: 'Claire Dumas',
        parts: [
          'Selon ',
          { type: 'mention', text: '@lefilinfo' },
          ', « nous tiendrons ». Citation en arabe : ',
          { type: 'italic', text: 'سنصمد' },
          ' et en hébreu : נעמוד. Voir https://example.org/direct',
        ],
      },
    ],
  },
  {
    name: 'Kyiv Live',
    type: 'private_channel',
    id: 1003,
    messages: [
      {
        id: 7,
        unix: T + 7200,
        parts: ['Air raid alert in Kyiv region. ', { type: 'link', text: 'https://alerts.in.ua' }],
      },
      { id: 8, unix: T + 7260, service: 'changed the channel photo' },
      { id: 9, unix: T + 7320, photo: true, parts: ['Photo of the damage in Obolon district.'] },
    ],
  },
];

describe('Telegram channel exports', () => {
  const bed = importTestBed('recoupe-telegram-');
  const settle = (started: ImportJob) => settleJob(bed.corpus, started.id);
  const importPaths = async (
    paths: string[],
    telegram?: { privateChat?: boolean; keepPartial?: boolean },
  ) =>
    settle(
      await bed.corpus.handlers['import:start']({
        sources: paths.map((path) => ({ kind: 'path' as const, path, telegram })),
      }),
    );
  /** Each document's fields and text, by publish date: what two imports are compared on. */
  const documentsOf = async (corpus: Corpus) => {
    const all = await everyDocument(corpus.handlers);
    const details = await Promise.all(
      all.map((summary) => corpus.handlers['documents:get']({ id: summary.id })),
    );
    return details
      .map(({ title, outlet, author, url, publishedAt, publishedAtSource, text, format }) => ({
        title,
        outlet,
        author,
        url,
        publishedAt,
        publishedAtSource,
        text,
        format,
      }))
      .sort((a, b) => a.publishedAt!.localeCompare(b.publishedAt!));
  };
  const documents = () => documentsOf(bed.corpus);

  it('imports each post with text as a dated, attributed document; JSON and HTML agree', async () => {
    const jsonFolders = chats.map((chat) => writeExport(bed.folder, chat, 'json', KYIV));
    const job = await importPaths(jsonFolders);
    expect(job.items.map((item) => item.status)).toEqual(['imported', 'imported', 'imported']);
    expect(job.items[0]!.telegram).toMatchObject({
      chat: 'Андрій Єрмак',
      imported: 2,
      service: 2,
      withoutText: 1,
      publicName: null,
    });
    expect(job.items[2]!.telegram).toMatchObject({ imported: 2, service: 1, withoutText: 0 });
    const fromJson = await documents();
    expect(fromJson).toHaveLength(6);
    const [first, reply, forward, quote, alert, photo] = fromJson;
    expect(first).toMatchObject({
      outlet: 'Андрій Єрмак',
      author: 'Андрій Єрмак',
      publishedAt: '2024-10-28T06:52+02:00',
      publishedAtSource: 'metadata',
      format: 'telegram',
      url: null,
      text: 'Росія продовжує терор. Подробиці тут 🇺🇦 #Україна',
    });
    expect(reply!.text).toBe('Відповідь на пост.\n\nДругий рядок.');
    expect(forward).toMatchObject({ outlet: 'Le Fil Info', publishedAt: '2024-10-28T06:57+02:00' });
    expect(quote).toMatchObject({ author: 'Claire Dumas' });
    expect(quote!.text).toContain('Citation en arabe : سنصمد et en hébreu : נעמוד.');
    expect(alert!.text).toBe('Air raid alert in Kyiv region. https://alerts.in.ua');
    expect(photo!.text).toBe('Photo of the damage in Obolon district.');

    // What the export says about each post is kept beside its words, set aside.
    const aside = async (title: string) => {
      const id = (await everyDocument(bed.corpus.handlers)).find((d) =>
        d.title.startsWith(title),
      )!.id;
      const source = await bed.corpus.handlers['documents:source']({ id });
      return source.blocks.filter((block) => !block.included).map((block) => block.text);
    };
    expect(await aside('Росія')).toEqual([
      'Edited 2024-10-28T07:02+02:00',
      'https://www.president.gov.ua/news/1',
    ]);
    expect(await aside('Відповідь')).toEqual(['In reply to post 2']);
    expect(await aside('Message transféré')).toEqual(['Forwarded from Андрій Єрмак']);
    expect(await aside('Photo of the damage')).toEqual(['photo (not imported)']);

    // The same export in HTML makes the same documents.
    const other = temporaryCorpus();
    try {
      const htmlFolders = chats.map((chat) => writeExport(bed.folder, chat, 'html', KYIV, 2));
      const started = await other.handlers['import:start']({
        sources: htmlFolders.map((path) => ({ kind: 'path' as const, path })),
      });
      const htmlJob = await settleJob(other, started.id);
      expect(htmlJob.items.map((item) => item.telegram?.imported)).toEqual([2, 2, 2]);
      expect(await documentsOf(other)).toEqual(fromJson);
    } finally {
      other.dispose();
    }
  });

  it('adds only new posts from a later export, and links posts once the public name is given', async () => {
    const chat = { ...chats[2]!, messages: chats[2]!.messages.slice(0, 1) };
    await importPaths([writeExport(bed.folder, chat, 'json', KYIV)]);
    const [channel] = await bed.corpus.handlers['telegram:channels']({});
    expect(channel).toMatchObject({ name: 'Kyiv Live', publicName: null, posts: 1 });
    await bed.corpus.handlers['telegram:setPublicName']({
      channelId: channel!.id,
      publicName: 'kyivlive',
    });
    expect((await documents())[0]!.url).toBe('https://t.me/kyivlive/7');

    rmSync(bed.folder, { recursive: true, force: true });
    const later = await importPaths([writeExport(bed.folder, chats[2]!, 'html', KYIV)]);
    expect(later.items[0]!.telegram).toMatchObject({
      imported: 1,
      alreadyPresent: 1,
      publicName: 'kyivlive',
    });
    expect((await documents()).map((document) => document.url)).toEqual([
      'https://t.me/kyivlive/7',
      'https://t.me/kyivlive/9',
    ]);
  });

  it('imports a personal or group chat only once the user confirms', async () => {
    const chat: TestChat = {
      name: 'Marie Dupont',
      type: 'personal_chat',
      id: 77,
      messages: [{ id: 1, unix: T, from: 'Marie Dupont', parts: ['Rendez-vous demain à 9 h.'] }],
    };
    const path = writeExport(bed.folder, chat, 'json', KYIV);
    const refused = await importPaths([path]);
    expect(refused.items[0]).toMatchObject({ status: 'failed', errorCode: 'invalid-input' });
    expect(refused.items[0]!.error).toMatch(/personal or group chat/);
    expect(await documents()).toEqual([]);
    const confirmed = await importPaths([path], { privateChat: true });
    expect(confirmed.items[0]!.telegram).toMatchObject({ imported: 1 });
  });

  it('names the position where a truncated result.json stops, keeping its posts only if asked', async () => {
    const path = join(writeExport(bed.folder, chats[0]!, 'json', KYIV), 'result.json');
    const whole = readFileSync(path, 'utf8');
    const cut = whole.indexOf('"id": 4');
    writeFileSync(path, whole.slice(0, cut));
    const refused = await importPaths([path]);
    expect(refused.items[0]).toMatchObject({ status: 'failed', errorCode: 'corrupt-file' });
    expect(refused.items[0]!.error).toContain(
      `at byte ${Buffer.byteLength(whole.slice(0, cut)).toLocaleString('en')}`,
    );
    expect(refused.items[0]!.error).toMatch(/after 3 messages/);
    expect(await documents()).toEqual([]);
    const kept = await importPaths([path], { keepPartial: true });
    expect(kept.items[0]!.telegram).toMatchObject({ imported: 1, withoutText: 1, service: 1 });
    expect(kept.items[0]!.telegram!.brokenAt).toMatch(/at byte/);
  });

  it('asks its questions on the item and imports once they are answered, from the bytes kept in main', async () => {
    const chat: TestChat = {
      name: 'Marie Dupont',
      type: 'personal_chat',
      id: 78,
      messages: [
        { id: 1, unix: T, from: 'Marie Dupont', parts: ['Rendez-vous demain à 9 h.'] },
        { id: 2, unix: T + 60, from: 'Marie Dupont', parts: ['Apporte le dossier.'] },
        { id: 3, unix: T + 120, from: 'Marie Dupont', parts: ['Merci !'] },
      ],
    };
    const whole = readFileSync(join(writeExport(bed.folder, chat, 'json', KYIV), 'result.json'));
    const cut = whole.subarray(0, whole.indexOf('"id": 3'));
    const source = { kind: 'bytes' as const, name: 'result.json', base64: cut.toString('base64') };
    const asked = await settle(await bed.corpus.handlers['import:start']({ sources: [source] }));
    expect(asked.items[0]).toMatchObject({
      status: 'failed',
      question: { kind: 'keep-partial', postsBefore: 2, position: cut.byteLength },
    });
    const answer = (answer: { privateChat?: true; keepPartial?: true }) =>
      bed.corpus.handlers['import:confirm']({ jobId: asked.id, key: 0, ...answer });
    // Keeping the posts read leads to the next question: the chat is private.
    const private_ = await settle(await answer({ keepPartial: true }));
    expect(private_.items[0]).toMatchObject({
      status: 'failed',
      question: { kind: 'private-chat', chat: 'Marie Dupont' },
    });
    expect(await documents()).toEqual([]);
    const done = await settle(await answer({ privateChat: true }));
    expect(done.items).toHaveLength(1);
    expect(done).toMatchObject({ total: 1, finished: 1 });
    expect(done.items[0]).toMatchObject({ status: 'imported', telegram: { imported: 2 } });
    expect(done.items[0]!.question).toBeUndefined();
    expect((await documents()).map((document) => document.text)).toEqual([
      'Rendez-vous demain à 9 h.',
      'Apporte le dossier.',
    ]);
    // Answered once, the question is gone.
    await expect(async () => answer({ privateChat: true })).rejects.toThrow(/no question/);
  });

  it('rolls back a post that fails to store alone: the others of its batch are kept, and it comes later', async () => {
    const chat: TestChat = {
      name: 'Le Fil Info',
      type: 'public_channel',
      id: 1002,
      messages: [1, 2, 3].map((id) => ({
        id,
        unix: T + id * 60,
        parts: [id === 2 ? 'Dépêche numéro deux, refusée par le disque.' : `Dépêche numéro ${id}.`],
      })),
    };
    const path = writeExport(bed.folder, chat, 'json', KYIV);
    // A trigger stands in for a full disk while the second post's passages are written.
    bed.corpus.db.exec(`CREATE TRIGGER refuse_post AFTER INSERT ON passages
      WHEN new.text LIKE '%refusée%' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const first = await importPaths([path]);
    expect(first.items[0]!.telegram).toMatchObject({ imported: 2, failed: 1 });
    const count = (table: string) =>
      (bed.corpus.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count('documents'), count('passages'), count('telegram_posts')]).toEqual([2, 2, 2]);
    bed.corpus.db.exec('DROP TRIGGER refuse_post');
    const second = await importPaths([path]);
    expect(second.items[0]!.telegram).toMatchObject({ imported: 1, alreadyPresent: 2 });
    expect((await documents()).map((document) => document.text)).toEqual([
      'Dépêche numéro 1.',
      'Dépêche numéro deux, refusée par le disque.',
      'Dépêche numéro 3.',
    ]);
  });

  it('imports the pages present of an HTML export and reports the missing one', async () => {
    const exported = writeExport(bed.folder, chats[0]!, 'html', KYIV, 2);
    unlinkSync(join(exported, 'messages2.html'));
    const job = await importPaths([join(exported, 'messages.html')]);
    expect(job.items[0]!.telegram).toMatchObject({ imported: 1, missingPages: [2], service: 2 });
  });

  it('reads a result.json sent as bytes (browser mode) like a file', async () => {
    const path = join(writeExport(bed.folder, chats[1]!, 'json', KYIV), 'result.json');
    const job = await settle(
      await bed.corpus.handlers['import:start']({
        sources: [
          { kind: 'bytes', name: 'result.json', base64: readFileSync(path).toString('base64') },
        ],
      }),
    );
    expect(job.items[0]!.telegram).toMatchObject({ chat: 'Le Fil Info', imported: 2 });
  });
});
