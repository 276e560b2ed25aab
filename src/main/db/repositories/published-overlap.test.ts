import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { filterClause, LibraryRepository, orderedSql, orders } from './library.repo';
import { SearchRepository, type PassageFilters } from './search.repo';

let folder: string;
let db: DatabaseSync;
const ids: Record<string, number> = {};

interface Dated {
  publishedAt: string | null;
  basis?: string;
  precision?: string | null;
  earliest?: string | null;
  latest?: string | null;
}

/** Documents as the import dates them: a stated day, estimates, a stated month, none. */
const documents: Record<string, Dated> = {
  stated: { publishedAt: '2024-11-05T09:00:00Z', basis: 'stated', precision: 'day' },
  // "Oct 28, 2024 or later · estimated": the day is a lower bound, the file's time the upper.
  orLater: {
    publishedAt: '2024-10-28',
    basis: 'estimated',
    precision: 'range',
    earliest: '2024-10-28',
    latest: '2025-01-15',
  },
  // "Nov 7 – 13, 2024 · estimated", guessed on its last day.
  week: {
    publishedAt: '2024-11-13',
    basis: 'estimated',
    precision: 'range',
    earliest: '2024-11-07',
    latest: '2024-11-13',
  },
  // "Oct 28, 2024 or later" with no file time: no upper bound at all.
  unbounded: {
    publishedAt: '2024-10-28',
    basis: 'estimated',
    precision: 'range',
    earliest: '2024-10-28',
    latest: null,
  },
  month: {
    publishedAt: '2024-09-01',
    basis: 'metadata',
    precision: 'month',
    earliest: '2024-09-01',
    latest: '2024-09-30',
  },
  // A document of an older corpus: a day, no bounds stored.
  legacy: { publishedAt: '2024-11-20', basis: 'metadata', precision: null },
  undated: { publishedAt: null, latest: '2025-01-01' },
};

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'recoupe-overlap-'));
  db = openDatabase(join(folder, 'corpus.sqlite'));
  const insert = db.prepare(
    `INSERT INTO documents (content_hash, file_name, format, title, imported_at, original, text,
       published_at, published_basis, published_precision, published_earliest, published_latest)
     VALUES (?, ?, 'text', ?, '2026-01-01', x'00', 'crue', ?, ?, ?, ?, ?) RETURNING id`,
  );
  const passage = db.prepare(
    `INSERT INTO passages (document_id, ordinal, start_offset, end_offset, text)
     VALUES (?, 0, 0, 4, 'la crue du fleuve')`,
  );
  for (const [name, date] of Object.entries(documents)) {
    const { id } = insert.get(
      name,
      `${name}.txt`,
      name,
      date.publishedAt,
      date.basis ?? null,
      date.precision ?? null,
      date.earliest ?? (date.precision === 'day' ? date.publishedAt!.slice(0, 10) : null),
      date.latest ?? (date.precision === 'day' ? date.publishedAt!.slice(0, 10) : null),
    ) as { id: number };
    ids[name] = id;
    passage.run(id);
  }
});

afterAll(() => {
  db.close();
  rmSync(folder, { recursive: true, force: true });
});

const names = (found: number[]) =>
  Object.keys(ids)
    .filter((name) => found.includes(ids[name]!))
    .sort();

describe('search date filters', () => {
  const found = (filters: PassageFilters) => {
    const repository = new SearchRepository(db);
    const text = repository.fullText('crue', filters, 50).map((hit) => hit.documentId);
    // The vector path filters its candidates with the same clause.
    const all = repository.passagesIn(
      Object.values(ids).map((id) => id),
      filters,
    );
    expect(names(all.map((hit) => hit.documentId))).toEqual(names(text));
    return names(text);
  };

  it('keeps an estimate whose range reaches past "From", though its guess day is before', () => {
    expect(found({ from: '2024-11-01' })).toEqual([
      'legacy',
      'orLater',
      'stated',
      'unbounded',
      'week',
    ]);
  });

  it('keeps an estimate whose range starts before "To", though its guess day is after', () => {
    expect(found({ to: '2024-11-10T23:59:59' })).toEqual([
      'month',
      'orLater',
      'stated',
      'unbounded',
      'week',
    ]);
  });

  it('keeps a range overlapping both ends, and leaves out what cannot be in the days', () => {
    expect(found({ from: '2024-11-08', to: '2024-11-10T23:59:59' })).toEqual([
      'orLater',
      'unbounded',
      'week',
    ]);
    expect(found({ from: '2024-09-10', to: '2024-09-12T23:59:59' })).toEqual(['month']);
    // The range runs to its latest bound as stored: not past the file's time.
    expect(found({ from: '2025-02-01' })).toEqual(['unbounded']);
  });

  it('carries the estimate with a hit kept for its range, so it reads as one', () => {
    const hit = new SearchRepository(db)
      .fullText('crue', { from: '2024-11-01' }, 50)
      .find((row) => row.documentId === ids.orLater);
    expect(hit).toMatchObject({
      publishedAt: '2024-10-28',
      publishedBasis: 'estimated',
      publishedPrecision: 'range',
      publishedEarliest: '2024-10-28',
      publishedLatest: '2025-01-15',
    });
  });
});

describe('the library Year filter', () => {
  const library = () => new LibraryRepository(db);
  const year = (value: string) =>
    names(
      library()
        .page({ sort: 'newest', year: value }, 0, 50)
        .documents.map((row) => row.id),
    );

  it('lists a document under each year its date may belong to', () => {
    expect(year('2024')).toEqual(['legacy', 'month', 'orLater', 'stated', 'unbounded', 'week']);
    expect(year('2025')).toEqual(['orLater', 'unbounded']);
    expect(year('2023')).toEqual([]);
    expect(library().page({ sort: 'newest', year: '2025' }, 0, 50).total).toBe(2);
    expect(library().position({ sort: 'oldest', year: '2025' }, ids.orLater!)).not.toBeNull();
  });

  it('offers the years a range reaches in the filter', () => {
    expect(library().facets().years).toEqual(['2025', '2024']);
  });

  it('reads the ranged documents from their own index, never the documents table', () => {
    for (const sort of ['newest', 'oldest', 'title', 'outlet'] as const) {
      const query = { sort, year: '2025' };
      const { where, params } = filterClause(query);
      const detail = (
        db
          .prepare(`EXPLAIN QUERY PLAN ${orderedSql(orders[sort], query, where)} LIMIT 50`)
          .all(...(params as never[])) as { detail: string }[]
      )
        .map((row) => row.detail)
        .join('\n');
      expect(detail).not.toMatch(/TEMP B-TREE/);
      expect(detail).toMatch(/COVERING INDEX documents_ranged/);
      expect(detail).not.toMatch(/SCAN d\b(?! USING)/);
    }
  });
});
