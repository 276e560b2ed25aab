import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryQuery } from '../../../shared/library';
import { openDatabase } from '../connection';
import { filterClause, LibraryRepository, orderedSql, orders } from './library.repo';

interface Made {
  id: number;
  title: string;
  outlet: string | null;
  language: string | null;
  publishedAt: string | null;
  highlights: number;
  tags: string[];
}

const outlets = ['Le Matin', 'coastline Wire', 'Écho du Port', 'Gazette', null];
const titles = ['alpha', 'Bravo', 'charlie', 'Delta', 'echo', 'État', 'étang', 'Zèbre', 'Œuvre'];

/** Seeded so a failure names the same corpus on every run. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

let folder: string;
let db: DatabaseSync;
let library: LibraryRepository;
const made: Made[] = [];

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'recoupe-library-'));
  db = openDatabase(join(folder, 'corpus.sqlite'));
  library = new LibraryRepository(db);
  const next = random(7);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!;
  const insert = db.prepare(
    `INSERT INTO documents (content_hash, file_name, format, title, outlet, language, published_at,
       imported_at, original, text) VALUES (?, ?, 'text', ?, ?, ?, ?, '2026-01-01', x'00', 'text')
     RETURNING id`,
  );
  const highlight = db.prepare(
    `INSERT INTO highlights (document_id, document_title, exact, prefix, suffix, start_offset,
       end_offset, color, tags, created_at, updated_at)
     VALUES (?, 't', 'x', '', '', 0, 1, 'yellow', ?, '', '')`,
  );
  const passage = db.prepare(
    `INSERT INTO passages (document_id, ordinal, start_offset, end_offset, text) VALUES (?, ?, 0, 1, 'p')`,
  );
  for (let index = 0; index < 240; index++) {
    // Few distinct dates, so ties fall back to the id.
    const publishedAt =
      next() < 0.15 ? null : `${2019 + Math.floor(next() * 4)}-0${1 + Math.floor(next() * 3)}-01`;
    const document = {
      title: `${pick(titles)} ${index % 7}`,
      outlet: pick(outlets),
      language: pick(['fr', 'en', null]),
      publishedAt,
      highlights: next() < 0.1 ? 1 + Math.floor(next() * 3) : 0,
      tags: [] as string[],
    };
    const { id } = insert.get(
      `hash-${index}`,
      `file-${index}.txt`,
      document.title,
      document.outlet,
      document.language,
      document.publishedAt,
    ) as { id: number };
    for (let count = 0; count < document.highlights; count++) {
      const tags = count === 0 && index % 2 === 0 ? ['grève'] : ['port'];
      document.tags.push(...tags);
      highlight.run(id, JSON.stringify(tags));
    }
    for (let ordinal = 0; ordinal < index % 4; ordinal++) passage.run(id, ordinal);
    made.push({ id, ...document });
  }
});

afterAll(() => {
  db.close();
  rmSync(folder, { recursive: true, force: true });
});

const collator = new Intl.Collator('en', { sensitivity: 'base' });
const undatedLast = (a: Made, b: Made) => Number(!a.publishedAt) - Number(!b.publishedAt);
const newest = (a: Made, b: Made) =>
  undatedLast(a, b) || (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.id - a.id;
const compare = {
  newest,
  oldest: (a: Made, b: Made) =>
    undatedLast(a, b) || (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.id - b.id,
  title: (a: Made, b: Made) => collator.compare(a.title, b.title) || a.id - b.id,
  outlet: (a: Made, b: Made) =>
    collator.compare(a.outlet ?? '\uffff', b.outlet ?? '\uffff') || newest(a, b),
  highlights: (a: Made, b: Made) => b.highlights - a.highlights || newest(a, b),
};

/** Lower case without accents, as a person typing a title expects to match. */
const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();

/** The order the library showed when it sorted and filtered every document in the renderer. */
function expected(query: LibraryQuery): number[] {
  return made
    .filter(
      (document) =>
        (query.outlet === undefined || document.outlet === query.outlet) &&
        (query.language === undefined || document.language === query.language) &&
        (query.year === undefined || document.publishedAt?.startsWith(query.year)) &&
        (query.tag === undefined || document.tags.includes(query.tag)) &&
        document.id !== query.excludeId &&
        (query.text === undefined ||
          [document.title, document.outlet ?? ''].some((field) =>
            fold(field).includes(fold(query.text!)),
          )),
    )
    .sort(compare[query.sort])
    .map((document) => document.id);
}

function allPages(query: LibraryQuery, size: number) {
  const ids: number[] = [];
  let total = -1;
  for (let offset = 0; total === -1 || offset < total; offset += size) {
    const page = library.page(query, offset, size);
    total = page.total;
    expect(page.documents.length).toBe(Math.min(size, total - offset));
    ids.push(...page.documents.map((document) => document.id));
  }
  return { ids, total };
}

const queries: LibraryQuery[] = [
  { sort: 'newest' },
  { sort: 'oldest' },
  { sort: 'title' },
  { sort: 'outlet' },
  { sort: 'highlights' },
  { sort: 'newest', outlet: 'Gazette' },
  { sort: 'oldest', year: '2020' },
  { sort: 'title', language: 'fr', excludeId: 5 },
  { sort: 'outlet', tag: 'port' },
  { sort: 'highlights', outlet: 'Le Matin', language: 'en' },
  { sort: 'highlights', tag: 'grève', year: '2021' },
  { sort: 'title', text: 'etat' },
  { sort: 'title', text: 'ECHO' },
  { sort: 'newest', text: 'Zebre', language: 'fr' },
];

describe('the paged library', () => {
  it.each(queries)('sorts, filters, pages and counts like the full list: %o', (query) => {
    const wanted = expected(query);
    expect(wanted.length).toBeGreaterThan(0);
    for (const size of [7, 50, 500]) {
      const { ids, total } = allPages(query, size);
      expect(total).toBe(wanted.length);
      expect(ids).toEqual(wanted);
    }
  });

  it('answers a page past the end with the total and no documents', () => {
    expect(library.page({ sort: 'newest' }, 10_000, 20)).toEqual({
      total: made.length,
      offset: 10_000,
      documents: [],
    });
  });

  it('gives each row its passage and highlight counts', () => {
    const page = library.page({ sort: 'highlights' }, 0, 500);
    for (const row of page.documents) {
      const source = made.find((document) => document.id === row.id)!;
      expect(row.highlights).toBe(source.highlights);
      expect(row.passageCount).toBe((source.id - made[0]!.id) % 4);
      expect(row.title).toBe(source.title);
    }
  });

  it.each(queries)("finds a document's position in the order: %o", (query) => {
    const wanted = expected(query);
    for (const index of [0, Math.floor(wanted.length / 2), wanted.length - 1]) {
      expect(library.position(query, wanted[index]!)).toBe(index);
    }
    const left = made.find((document) => !wanted.includes(document.id));
    if (left) expect(library.position(query, left.id)).toBeNull();
  });

  it('lists facet values from the documents and highlights', () => {
    const facets = library.facets();
    expect(facets.documents).toBe(made.length);
    expect(facets.outlets).toEqual(['coastline Wire', 'Écho du Port', 'Gazette', 'Le Matin']);
    expect(facets.unknownOutlet).toBe(true);
    expect(facets.languages).toEqual(['en', 'fr']);
    expect(facets.years).toEqual(['2022', '2021', '2020', '2019']);
    expect(facets.tags).toEqual(['grève', 'port']);
    const withoutOutlet = made.filter((document) => document.outlet === null);
    expect(facets.withoutOutlet.map((document) => document.id)).toEqual(
      withoutOutlet.map((document) => document.id).reverse(),
    );
  });
});

describe('the library query plans', () => {
  const plan = (sql: string, params: unknown[]) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as never[])) as { detail: string }[])
      .map((row) => row.detail)
      .join('\n');
  it.each([
    ['newest', {}],
    ['oldest', {}],
    ['title', {}],
    ['outlet', {}],
    ['newest', { year: '2020' }],
    ['oldest', { year: '2020', language: 'fr' }],
    ['newest', { outlet: 'Gazette', language: 'fr' }],
    ['title', { outlet: 'Gazette' }],
    ['title', { year: '2020' }],
    ['outlet', { outlet: 'Gazette', year: '2021' }],
    ['newest', { tag: 'port' }],
    ['title', { text: 'etat' }],
  ] as const)('reads a %s page %o in index order, never sorting the corpus', (sort, filters) => {
    const { where, params } = filterClause({ sort, ...filters });
    const detail = plan(
      `${orderedSql(orders[sort], { sort, ...filters }, where)} LIMIT 50 OFFSET 100`,
      params,
    );
    expect(detail).not.toMatch(/TEMP B-TREE/);
    expect(detail).toMatch(/COVERING INDEX/);
  });
});
