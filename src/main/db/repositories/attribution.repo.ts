import type { DatabaseSync } from 'node:sqlite';

/** A document sharing a quotation, a figure or most of its text with another one. */
export interface RelatedDocument {
  id: number;
  title: string;
  outlet: string | null;
  /** Its publish day, or null when it has none. */
  date: string | null;
  /** What is shared: 'quote', 'figure' or 'copy'. */
  shared: 'quote' | 'figure' | 'copy';
  /** The shared words (a quotation or a figure as written). */
  words: string;
}

// Dates that themselves rest on this hint are not used for it, so hints never feed on hints.
const NOT_HINTED = `d.attribution NOT LIKE '%"kind":"corpus"%'`;

/** Figures this large or more are specific enough to link two reports of the same thing. */
const FIGURE_MINIMUM = 100;
/** Candidates read per figure at most (a common unit in a large corpus). */
const FIGURE_CANDIDATES = 500;

/** A figure of another document counting the same unit as one of this document's. */
export interface FigurePair {
  context: string;
  other: Omit<RelatedDocument, 'shared'> & { context: string };
}

/** Reads what the corpus says about a document's publish date: the documents it shares words with. */
export class AttributionRepository {
  constructor(private readonly db: DatabaseSync) {}

  /** Other documents sharing a quotation, a large figure or most of their text with this one. */
  related(documentId: number): RelatedDocument[] {
    const rows = this.db
      .prepare(
        `SELECT d.id, d.title, d.outlet, substr(d.published_at, 1, 10) AS date,
             CASE WHEN d.published_basis = 'estimated' AND NOT (${NOT_HINTED}) THEN 1 ELSE 0 END
               AS hinted, shared, words
         FROM (
           SELECT q2.document_id AS other, 'quote' AS shared, q2.text AS words
             FROM quotes q1 JOIN quotes q2 ON q2.stems = q1.stems AND q2.document_id <> q1.document_id
             WHERE q1.document_id = ? AND length(q1.stems) >= 12
           UNION
           SELECT b2.document_id, 'copy', ''
             FROM fingerprint_bands b1 JOIN fingerprint_bands b2 ON b2.band = b1.band
               AND b2.hash = b1.hash AND b2.document_id <> b1.document_id
             WHERE b1.document_id = ?
         ) JOIN documents d ON d.id = other
         ORDER BY d.id`,
      )
      .all(documentId, documentId) as unknown as (RelatedDocument & {
      hinted: number;
    })[];
    return rows.filter((row) => !row.hinted).map(({ hinted: _hinted, ...row }) => row);
  }

  /** Figures of other documents in the same unit as this document's large figures. */
  figurePairs(documentId: number): FigurePair[] {
    const mine = this.db
      .prepare(`SELECT unit, context FROM figures WHERE document_id = ? AND value >= ?`)
      .all(documentId, FIGURE_MINIMUM) as { unit: string; context: string }[];
    const others = this.db.prepare(
      `SELECT d.id, d.title, d.outlet, substr(d.published_at, 1, 10) AS date, f.text AS words,
           f.context
         FROM figures f JOIN documents d ON d.id = f.document_id
         WHERE f.unit = ? AND f.document_id <> ? AND f.value >= ? AND ${NOT_HINTED}
         LIMIT ${FIGURE_CANDIDATES}`,
    );
    return mine.flatMap((figure) =>
      (others.all(figure.unit, documentId, FIGURE_MINIMUM) as unknown as FigurePair['other'][]).map(
        (other) => ({ context: figure.context, other }),
      ),
    );
  }
}
