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

/**
 * Documents a dated document's import can date, or date again: those no date rests on yet, and
 * those dated by this hint alone, which read the corpus again with the new document in it (a
 * hint read once at import would depend on which copy came first). Written as the partial index
 * `documents_hint_targets` (migration 014) is, so that SQLite can read the index for it.
 */
export const HINT_TARGET = `(d.published_basis IS NULL OR (d.published_basis = 'estimated' AND d.attribution LIKE '%"kind":"corpus"%'))`;

/** Figures this large or more are specific enough to link two reports of the same thing. */
const FIGURE_MINIMUM = 100;
/** Candidates read per figure at most (a common unit in a large corpus). */
const FIGURE_CANDIDATES = 500;

/** A figure as the pairing reads it: its words, value and the stems around it. */
export interface PairedFigure {
  context: string;
  text: string;
  value: number;
  approximate: boolean;
}

/** A figure of another document counting the same unit as one of this document's. */
export interface FigurePair {
  mine: PairedFigure;
  other: Omit<RelatedDocument, 'shared' | 'words'> & PairedFigure;
}

/** Reads what the corpus says about a document's publish date: the documents it shares words with. */
export class AttributionRepository {
  constructor(private readonly db: DatabaseSync) {}

  /**
   * Other documents sharing a quotation, a large figure or most of their text with this one:
   * those whose date can hint at this one's, or with `targetsOnly`, those whose date this one
   * can hint at (undated, or dated by the hint). CROSS JOIN keeps SQLite from scanning every
   * document to probe the matches: it looks each match's document up instead, so the cost
   * follows the matches, not the corpus.
   */
  related(documentId: number, targetsOnly = false): RelatedDocument[] {
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
         ) AS found CROSS JOIN documents d ON d.id = found.other
         ${targetsOnly ? `WHERE ${HINT_TARGET}` : ''}
         ORDER BY d.id`,
      )
      .all(documentId, documentId) as unknown as (RelatedDocument & {
      hinted: number;
    })[];
    return rows
      .filter((row) => targetsOnly || !row.hinted)
      .map(({ hinted: _hinted, ...row }) => row);
  }

  /**
   * Whether any document has no date yet or is dated by the hint alone (through a partial
   * index: instant at any size).
   */
  anyHintTarget(): boolean {
    return (
      this.db
        .prepare(
          `SELECT 1 FROM documents d INDEXED BY documents_hint_targets WHERE ${HINT_TARGET} LIMIT 1`,
        )
        .get() !== undefined
    );
  }

  /**
   * The documents whose estimate rests on this one: dated by the hint alone, with a related
   * article in their evidence that names it, by id, or in evidence stored before ids were, by
   * its title, outlet and day (a copy with the same three is dated again too, harmlessly: the
   * hint reads the corpus afresh). Read through the partial index, before the document goes.
   */
  restingOn(documentId: number): number[] {
    const rows = this.db
      .prepare(
        `SELECT d.id FROM documents x
           CROSS JOIN documents d INDEXED BY documents_hint_targets
         WHERE x.id = ? AND d.id <> x.id AND ${HINT_TARGET} AND d.published_basis = 'estimated'
           AND EXISTS (
             SELECT 1 FROM json_each(d.attribution, '$.date.evidence') AS piece,
               json_each(piece.value, '$.notes') AS note
             WHERE json_extract(piece.value, '$.kind') = 'corpus'
               AND json_extract(note.value, '$.code') = 'related-article'
               AND (json_extract(note.value, '$.documentId') = x.id
                 OR (json_extract(note.value, '$.documentId') IS NULL
                   AND json_extract(note.value, '$.title') = x.title
                   AND json_extract(note.value, '$.outlet') IS x.outlet
                   AND json_extract(piece.value, '$.date') = substr(x.published_at, 1, 10))))
         ORDER BY d.id`,
      )
      .all(documentId) as { id: number }[];
    return rows.map((row) => row.id);
  }

  /**
   * Figures of other documents in the same unit as this document's large figures: of those
   * whose date can hint at this one's, or with `targetsOnly`, of those it can hint at.
   */
  figurePairs(documentId: number, targetsOnly = false): FigurePair[] {
    const mine = this.db
      .prepare(
        `SELECT unit, context, text, value, approximate FROM figures
           WHERE document_id = ? AND value >= ?`,
      )
      .all(documentId, FIGURE_MINIMUM) as unknown as (PairedFigure & { unit: string })[];
    const others = this.db.prepare(
      `SELECT d.id, d.title, d.outlet, substr(d.published_at, 1, 10) AS date, f.text, f.value,
           f.approximate, f.context
         FROM ${
           targetsOnly
             ? // The documents it can date first (few), each one's figures by its id.
               'documents d INDEXED BY documents_hint_targets CROSS JOIN figures f ON f.document_id = d.id'
             : 'figures f JOIN documents d ON d.id = f.document_id'
         }
         WHERE f.unit = ? AND f.document_id <> ? AND f.value >= ?
           AND ${targetsOnly ? HINT_TARGET : NOT_HINTED}
         LIMIT ${FIGURE_CANDIDATES}`,
    );
    return mine.flatMap(({ unit, ...figure }) =>
      (others.all(unit, documentId, FIGURE_MINIMUM) as unknown as FigurePair['other'][]).map(
        (other) => ({
          mine: { ...figure, approximate: Boolean(figure.approximate) },
          other: { ...other, approximate: Boolean(other.approximate) },
        }),
      ),
    );
  }
}
