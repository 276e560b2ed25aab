import type { DatabaseSync } from 'node:sqlite';
import type { DateEvidence } from '../../../shared/attribution';
import type { DocumentDetail } from '../../../shared/domain';
import {
  AttributionRepository,
  type PairedFigure,
  type RelatedDocument,
} from '../../db/repositories/attribution.repo';
import { containment, stemSet } from '../crosscheck/overlap';
import { quantitiesOverlap, quantityOf } from '../crosscheck/quantity';
import { DocumentsRepository } from '../../db/repositories/documents.repo';
import type { DocumentIndexer } from '../indexers';
import { TimelineService } from '../timeline/timeline.service';

/** Days either side of the related articles' dates the hint allows. */
const HINT_DAYS = 7;

// Two figures count the same thing under Cross-check's rule: their contexts overlap this much,
// with at least this many stems in common.
const CONTEXT_OVERLAP = 0.3;
const CONTEXT_MIN_SHARED = 3;

/** A figure's range as Cross-check reads it ("plusieurs milliers": 2,000–9,999). */
const rangeOf = (figure: PairedFigure) => quantityOf(figure.text, figure.value, figure.approximate);

/**
 * Documents sharing a quotation or most of the text, or giving the same figure for the same
 * thing. Two figures of one thing that differ ("plus de 10 000 soldats", then "plusieurs
 * milliers") say nothing of when: an estimate changes over weeks. Only figures whose ranges
 * overlap count, and the evidence quotes this document's own words.
 */
function relatedDocuments(
  db: DatabaseSync,
  documentId: number,
  undatedOnly = false,
): RelatedDocument[] {
  const repository = new AttributionRepository(db);
  const figures = repository.figurePairs(documentId, undatedOnly).flatMap(({ mine, other }) => {
    if (!quantitiesOverlap(rangeOf(mine), rangeOf(other))) return [];
    const [mineStems, theirStems] = [stemSet(mine.context), stemSet(other.context)];
    const shared = [...mineStems].filter((stem) => theirStems.has(stem)).length;
    if (shared < CONTEXT_MIN_SHARED || containment(mineStems, theirStems) < CONTEXT_OVERLAP) {
      return [];
    }
    const { id, title, outlet, date } = other;
    return [{ id, title, outlet, date, words: mine.text, shared: 'figure' as const }];
  });
  return [...repository.related(documentId, undatedOnly), ...figures];
}

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Dates a document its file leaves undated from the articles it shares a quotation, a large
 * figure or its text with: a weak hint, given as a range a week either side of their dates,
 * its best day the earliest of them (a report follows the first one). Returns whether it did.
 */
export function hintFromCorpus(db: DatabaseSync, documentId: number): boolean {
  const documents = new DocumentsRepository(db);
  const document = documents.get(documentId);
  if (!document || document.publishedBasis !== null) return false;
  const related = relatedDocuments(db, documentId).filter((row) => row.date);
  if (related.length === 0) return false;
  const days = related.map((row) => row.date!).sort();
  const attribution = documents.attribution(documentId);
  const before = attribution.date?.evidence ?? [];
  const upper = before.find((piece) => piece.role === 'before')?.date ?? null;
  const latest = addDays(days.at(-1)!, HINT_DAYS);
  const pieces: DateEvidence[] = distinctDocuments(related).map((row) => ({
    kind: 'corpus',
    words: row.words || row.title,
    role: 'guess',
    date: row.date!,
    notes: [{ code: 'related-article', shared: row.shared, title: row.title, outlet: row.outlet }],
  }));
  const date = {
    date: days[0]!,
    earliest: addDays(days[0]!, -HINT_DAYS),
    latest: upper && upper < latest ? upper : latest,
    precision: 'range' as const,
    basis: 'estimated' as const,
  };
  documents.setEstimate(documentId, date, {
    ...attribution,
    date: { ...date, evidence: [...pieces, ...before] },
  });
  new TimelineService(db).reindex(documentId);
  return true;
}

function distinctDocuments(rows: RelatedDocument[]): RelatedDocument[] {
  const seen = new Set<number>();
  return rows.filter((row) => !seen.has(row.id) && Boolean(seen.add(row.id)));
}

/**
 * Runs after the cross-check indexer (it reads its quotes and figures): dates the new document
 * from the corpus when its file could not, and the undated documents it now dates in turn.
 */
export const corpusHintIndexer: DocumentIndexer = {
  name: 'corpus date hint',
  index(db: DatabaseSync, document: DocumentDetail) {
    if (hintFromCorpus(db, document.id)) return;
    if (document.publishedBasis === null) return;
    if (!new AttributionRepository(db).anyUndated()) return;
    // Only the undated ones can be dated from this one: the others are not read at all (a
    // channel's posts share much of their wording, and each post would read all its kin).
    for (const row of relatedDocuments(db, document.id, true)) {
      if (row.date === null) hintFromCorpus(db, row.id);
    }
  },
};
