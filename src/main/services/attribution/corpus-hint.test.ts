import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryCorpus } from '../../../../tests/support/temp-corpus';

// One wire story carried by two outlets, word for word: its files give no date.
const story = `Valmont : les sinistrés de la Brenne hébergés au gymnase

Les habitants évacués des quartiers bas de Valmont ont passé la nuit au gymnase municipal et à la salle des fêtes, où des lits de camp ont été installés par la protection civile.

« Nous n’avions pas vu un tel niveau depuis 1982 », a répété le maire, Hélène Garnier, devant les familles réunies. Le niveau de la rivière est resté élevé toute la journée de vendredi.

Les écoles des quartiers bas restent fermées. Une cellule psychologique accueille les habitants à la mairie.`;

const texts = {
  courrier: `${story}\n\n© Le Courrier de la Brenne\n`,
  gazette: `${story}\n\n© La Gazette de Valmont\n`,
  // A third copy whose text says a day: its date is estimated from its own words.
  echo: `${story.replace('Une cellule psychologique', 'Depuis le jeudi 13 mars 2025, une cellule psychologique')}\n\n© L’Écho du Centre\n`,
  // Two dated reports quoting the mayor, stated by their datelines.
  friday: `Crue de la Brenne\n\nPublié le 14 mars 2025 à 08h12\n\n« Nous n’avions pas vu un tel niveau depuis 1982 », a déclaré le maire, Hélène Garnier, lors d’un point presse. La Brenne est sortie de son lit.\n`,
  wednesday: `Crue : le maire s’exprime\n\nPublié le 12 mars 2025 à 18h00\n\n« Nous n’avions pas vu un tel niveau depuis 1982 », a dit le maire, Hélène Garnier, à la radio locale. Les pompiers sont mobilisés.\n`,
};
type Name = keyof typeof texts;

describe('corpus date hint: import order and deletions', () => {
  let corpus: ReturnType<typeof temporaryCorpus>;
  beforeEach(() => {
    corpus = temporaryCorpus();
  });
  afterEach(() => corpus.dispose());

  /** Imports the texts one file each, in this order; returns the outcome of each by name. */
  async function importInOrder(names: Name[]) {
    const outcomes = new Map<Name, { documentId: number; redated?: number[] }>();
    for (const name of names) {
      const [outcome] = await corpus.handlers['corpus:import']({
        sources: [
          {
            kind: 'bytes',
            name: `${name}.txt`,
            base64: Buffer.from(texts[name]).toString('base64'),
          },
        ],
      });
      expect(outcome).toMatchObject({ status: 'imported' });
      outcomes.set(name, outcome as { documentId: number; redated?: number[] });
    }
    return outcomes;
  }

  /** A document's stored date as every view reads it, with the evidence's related articles. */
  async function storedDate(id: number) {
    const document = await corpus.handlers['documents:get']({ id });
    const { attribution } = await corpus.handlers['documents:source']({ id });
    const related = (attribution.date?.evidence ?? [])
      .filter((piece) => piece.kind === 'corpus')
      .map((piece) => `${piece.date} ${piece.words}`)
      .sort();
    return {
      publishedAt: document.publishedAt,
      basis: document.publishedBasis,
      precision: document.publishedPrecision,
      earliest: document.publishedEarliest,
      latest: document.publishedLatest,
      related,
    };
  }

  /** The estimates of `copies` after importing `order` into a fresh corpus. */
  async function estimates(order: Name[], copies: Name[]) {
    corpus.dispose();
    corpus = temporaryCorpus();
    const outcomes = await importInOrder(order);
    return Promise.all(copies.map((name) => storedDate(outcomes.get(name)!.documentId)));
  }

  it('gives two copies of one wire story the same estimate, whichever came before a dated report', async () => {
    const orders: Name[][] = [
      ['friday', 'courrier', 'wednesday', 'gazette'],
      ['friday', 'gazette', 'wednesday', 'courrier'],
      ['friday', 'wednesday', 'courrier', 'gazette'],
      ['courrier', 'gazette', 'friday', 'wednesday'],
    ];
    const expected = {
      publishedAt: '2025-03-12',
      basis: 'estimated',
      precision: 'range',
      earliest: '2025-03-05',
      latest: '2025-03-21',
      // Both reports are shown with the words the copies share with them.
      related: [
        expect.stringMatching(/^2025-03-12 .*depuis 1982/),
        expect.stringMatching(/^2025-03-14 .*depuis 1982/),
      ],
    };
    for (const order of orders) {
      const [courrier, gazette] = await estimates(order, ['courrier', 'gazette']);
      expect({ order, courrier }).toEqual({ order, courrier: expected });
      expect({ order, gazette }).toEqual({ order, gazette: expected });
    }
  });

  it('dates an undated copy again when a copy dating itself arrives, and says which it changed', async () => {
    const [before] = await estimates(['friday', 'echo', 'gazette'], ['gazette']);
    const [after] = await estimates(['friday', 'gazette', 'echo'], ['gazette']);
    expect(after).toEqual(before);
    expect(after).toMatchObject({ publishedAt: '2025-03-13', earliest: '2025-03-06' });
    expect(after!.related).toEqual([
      expect.stringMatching(/^2025-03-13 /),
      expect.stringMatching(/^2025-03-14 /),
    ]);
    // The import that re-dated the earlier copy names it, so the views showing it read it again.
    corpus.dispose();
    corpus = temporaryCorpus();
    const first = await importInOrder(['friday', 'gazette']);
    const gazette = first.get('gazette')!.documentId;
    const fridayMentioned = async () => {
      const events = await corpus.handlers['timeline:list']({
        includeDismissed: false,
        includeCaptions: true,
      });
      return events.find((event) => event.documentId === gazette && /vendredi/.test(event.mention));
    };
    // "toute la journée de vendredi": the Friday of the article's week, read from its estimate.
    expect(await fridayMentioned()).toMatchObject({
      publishedBasis: 'estimated',
      date: '2025-03-14',
    });
    const then = await importInOrder(['echo', 'courrier']);
    expect(then.get('echo')!.redated).toEqual([gazette]);
    expect(then.get('courrier')!.redated).toBeUndefined();
    // The timeline resolves it again against the new estimate (Thursday 13: the Friday before).
    expect(await fridayMentioned()).toMatchObject({
      publishedBasis: 'estimated',
      date: '2025-03-07',
    });
  });

  it('never changes a date the user set, the text states or the file’s own evidence estimates', async () => {
    const outcomes = await importInOrder(['friday', 'gazette', 'echo', 'courrier']);
    const id = (name: Name) => outcomes.get(name)!.documentId;
    await corpus.handlers['documents:update']({
      id: id('gazette'),
      fields: { publishedAt: '2025-03-20' },
    });
    const sources = async () =>
      Promise.all(
        (['gazette', 'friday', 'echo'] as Name[]).map(async (name) => ({
          document: await corpus.handlers['documents:get']({ id: id(name) }),
          source: await corpus.handlers['documents:source']({ id: id(name) }),
        })),
      );
    const before = await sources();
    expect(before.map(({ document }) => document.publishedBasis)).toEqual([
      'user',
      'stated',
      'estimated',
    ]);
    // A report dated two days earlier, sharing the quotation with all three.
    const [wednesday] = await importInOrder(['wednesday']).then((map) => [...map.values()]);
    expect(wednesday!.redated).toEqual([id('courrier')]);
    expect(await sources()).toEqual(before);
    expect(await storedDate(id('courrier'))).toMatchObject({ publishedAt: '2025-03-12' });
  });
  /** Everything a view shows of a document's date: its row, its evidence, its timeline. */
  async function dateAsShown(id: number) {
    const document = await corpus.handlers['documents:get']({ id });
    const { attribution } = await corpus.handlers['documents:source']({ id });
    const events = await corpus.handlers['timeline:list']({
      documentIds: [id],
      includeDismissed: false,
      includeCaptions: true,
    });
    return {
      publishedAt: document.publishedAt,
      basis: document.publishedBasis,
      precision: document.publishedPrecision,
      earliest: document.publishedEarliest,
      latest: document.publishedLatest,
      date: attribution.date,
      events: events.map(({ mention, date, resolution }) => ({ mention, date, resolution })),
    };
  }

  it('dates a hinted document again from the related articles left when one is deleted', async () => {
    const outcomes = await importInOrder(['friday', 'wednesday', 'gazette', 'courrier']);
    const id = (name: Name) => outcomes.get(name)!.documentId;
    expect(await storedDate(id('gazette'))).toMatchObject({
      publishedAt: '2025-03-12',
      related: [expect.stringMatching(/^2025-03-12 /), expect.stringMatching(/^2025-03-14 /)],
    });
    const deleted = await corpus.handlers['documents:delete']({ id: id('wednesday') });
    // Each is dated from the Friday report alone, as if the Wednesday one had never come.
    const expected = {
      publishedAt: '2025-03-14',
      basis: 'estimated',
      precision: 'range',
      earliest: '2025-03-07',
      latest: '2025-03-21',
      related: [expect.stringMatching(/^2025-03-14 .*depuis 1982/)],
    };
    expect(await storedDate(id('gazette'))).toEqual(expected);
    expect(await storedDate(id('courrier'))).toEqual(expected);
    // Both copies rested on the Wednesday report; the outcome names them for the views.
    expect(deleted).toEqual({
      id: id('wednesday'),
      orphanedHighlights: 0,
      redated: [id('gazette'), id('courrier')].sort((a, b) => a - b),
    });
    const alone = await estimates(['friday', 'gazette'], ['gazette']);
    expect(alone[0]).toEqual(expected);
  });

  it('gives a hinted document back its own file’s answer when no related article is left', async () => {
    // Imported from disk, so that its file's time bounds its date from above.
    const folder = mkdtempSync(join(tmpdir(), 'recoupe-hint-'));
    try {
      const path = join(folder, 'gazette.txt');
      writeFileSync(path, texts.gazette);
      const fileTime = new Date('2025-03-18T09:00:00Z');
      utimesSync(path, fileTime, fileTime);
      const [imported] = await corpus.handlers['corpus:import']({
        sources: [{ kind: 'path', path }],
      });
      const gazette = imported!.documentId!;
      const own = await dateAsShown(gazette);
      expect(own).toMatchObject({
        publishedAt: null,
        basis: null,
        latest: '2025-03-18',
        date: { whyUnknown: 'file-time-only' },
      });
      const friday = (await importInOrder(['friday'])).get('friday')!;
      expect(friday.redated).toEqual([gazette]);
      expect(await dateAsShown(gazette)).toMatchObject({
        publishedAt: '2025-03-14',
        basis: 'estimated',
        earliest: '2025-03-07',
        latest: '2025-03-18',
        events: expect.arrayContaining([expect.objectContaining({ date: '2025-03-14' })]),
      });
      const deleted = await corpus.handlers['documents:delete']({ id: friday.documentId });
      // Undated again, with the evidence, the upper bound, the reason and the timeline its file
      // gave it: no estimate is left resting on an article that is gone.
      expect(await dateAsShown(gazette)).toEqual(own);
      expect(deleted).toMatchObject({ redated: [gazette] });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('finds the documents resting on a deleted one by the evidence of earlier versions too', async () => {
    const outcomes = await importInOrder(['friday', 'gazette']);
    const gazette = outcomes.get('gazette')!.documentId;
    // Evidence stored before it named the related article's id: its title, outlet and day only.
    const stored = corpus.db.prepare('SELECT attribution FROM documents WHERE id = ?');
    const { attribution } = stored.get(gazette) as { attribution: string };
    const earlier = JSON.parse(attribution, (key, value: unknown) =>
      key === 'documentId' ? undefined : value,
    ) as unknown;
    corpus.db
      .prepare('UPDATE documents SET attribution = ? WHERE id = ?')
      .run(JSON.stringify(earlier), gazette);
    expect(stored.get(gazette)).toEqual({
      attribution: expect.stringMatching(/"related-article".*"title":"Crue de la Brenne"/),
    });
    expect(stored.get(gazette)).toEqual({ attribution: expect.not.stringContaining('documentId') });
    const deleted = await corpus.handlers['documents:delete']({
      id: outcomes.get('friday')!.documentId,
    });
    expect(await storedDate(gazette)).toMatchObject({
      publishedAt: null,
      basis: null,
      related: [],
    });
    expect(deleted).toMatchObject({ redated: [gazette] });
  });

  it('leaves a date stated, set by the user or estimated from the file alone when a related article is deleted', async () => {
    const outcomes = await importInOrder(['friday', 'wednesday', 'gazette', 'echo', 'courrier']);
    const id = (name: Name) => outcomes.get(name)!.documentId;
    await corpus.handlers['documents:update']({
      id: id('gazette'),
      fields: { publishedAt: '2025-03-20' },
    });
    const kept = ['wednesday', 'gazette', 'echo'] as Name[];
    const shown = () => Promise.all(kept.map((name) => dateAsShown(id(name))));
    const before = await shown();
    expect(before.map((date) => date.basis)).toEqual(['stated', 'user', 'estimated']);
    const deleted = await corpus.handlers['documents:delete']({ id: id('friday') });
    // Only the copy the hint dated is dated again: from the Wednesday report, the copy that says
    // its own day and the copy the user dated.
    expect(await shown()).toEqual(before);
    expect(await storedDate(id('courrier'))).toMatchObject({
      publishedAt: '2025-03-12',
      related: [
        expect.stringMatching(/^2025-03-12 /),
        expect.stringMatching(/^2025-03-13 /),
        expect.stringMatching(/^2025-03-20 /),
      ],
    });
    expect(deleted).toMatchObject({ redated: [id('courrier')] });
    // A deletion no estimate rests on names none (the copy dated by the hint: hints never feed
    // on hints).
    expect(await corpus.handlers['documents:delete']({ id: id('courrier') })).toEqual({
      id: id('courrier'),
      orphanedHighlights: 0,
    });
  });
});
