import type { DatabaseSync } from 'node:sqlite';
import type { DateEvidence, PublishDate } from '../../../shared/attribution';
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
 * overlap count, and the evidence quotes this document's own words. With `targetsOnly`, the
 * documents this one's date can hint at instead of those hinting at it.
 */
function relatedDocuments(
  db: DatabaseSync,
  documentId: number,
  targetsOnly = false,
): RelatedDocument[] {
  const repository = new AttributionRepository(db);
  const figures = repository.figurePairs(documentId, targetsOnly).flatMap(({ mine, other }) => {
    if (!quantitiesOverlap(rangeOf(mine), rangeOf(other))) return [];
    const [mineStems, theirStems] = [stemSet(mine.context), stemSet(other.context)];
    const shared = [...mineStems].filter((stem) => theirStems.has(stem)).length;
    if (shared < CONTEXT_MIN_SHARED || containment(mineStems, theirStems) < CONTEXT_OVERLAP) {
      return [];
    }
    const { id, title, outlet, date } = other;
    return [{ id, title, outlet, date, words: mine.text, shared: 'figure' as const }];
  });
  return [...repository.related(documentId, targetsOnly), ...figures];
}

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** What reading the corpus did to a document's date. */
export type HintOutcome =
  /** Nothing: its date is its file's or the user's, or no related article has a date. */
  | 'none'
  /** Dated from the corpus as it was already. */
  | 'unchanged'
  /** Dated from the corpus anew, or differently than before. */
  | 'dated'
  /** Its hint taken back: no related article with a date is left; its file's answer again. */
  | 'withdrawn';

/**
 * Dates a document its file leaves undated from the articles it shares a quotation, a large
 * figure or its text with: a weak hint, given as a range a week either side of their dates,
 * its best day the earliest of them (a report follows the first one). A document this hint
 * dated before is dated again from every related article the corpus holds now, its file's own
 * evidence kept, so that its estimate does not depend on the order of the imports or on
 * articles since deleted; with none left it is given back its file's own answer. A date the
 * file states, the page's metadata gives, the file's evidence estimates or the user set is
 * never touched.
 */
export function hintFromCorpus(db: DatabaseSync, documentId: number): HintOutcome {
  const documents = new DocumentsRepository(db);
  const document = documents.get(documentId);
  if (!document) return 'none';
  const attribution = documents.attribution(documentId);
  const evidence = attribution.date?.evidence ?? [];
  const hinted =
    document.publishedBasis === 'estimated' && evidence.some((piece) => piece.kind === 'corpus');
  if (document.publishedBasis !== null && !hinted) return 'none';
  const related = relatedDocuments(db, documentId).filter((row) => row.date);
  // The file's own evidence: what the previous hint added is read again, not kept.
  const own = evidence.filter((piece) => piece.kind !== 'corpus');
  const upper = own.find((piece) => piece.role === 'before')?.date ?? null;
  if (related.length === 0) {
    if (!hinted) return 'none';
    // The articles this estimate rested on are gone (deleted, or no longer related once
    // re-processed): keeping it would show "estimated · from <article>" about an article the
    // corpus no longer holds. An estimate is only as good as what it reads now, so the hint
    // is taken back rather than kept.
    withdraw(db, documentId, own, upper);
    return 'withdrawn';
  }
  const days = related.map((row) => row.date!).sort();
  const latest = addDays(days.at(-1)!, HINT_DAYS);
  const pieces: DateEvidence[] = distinctDocuments(related).map((row) => ({
    kind: 'corpus',
    words: row.words || row.title,
    role: 'guess',
    date: row.date!,
    notes: [
      {
        code: 'related-article',
        shared: row.shared,
        title: row.title,
        outlet: row.outlet,
        documentId: row.id,
      },
    ],
  }));
  const date = {
    date: days[0]!,
    earliest: addDays(days[0]!, -HINT_DAYS),
    latest: upper && upper < latest ? upper : latest,
    precision: 'range' as const,
    basis: 'estimated' as const,
  };
  const estimate = { ...date, evidence: [...pieces, ...own] };
  if (hinted && JSON.stringify(estimate) === JSON.stringify(attribution.date)) return 'unchanged';
  documents.setEstimate(documentId, date, { ...attribution, date: estimate });
  new TimelineService(db).reindex(documentId);
  return 'dated';
}

/**
 * Gives a document its file's own answer back. The hint dates only what its file left undated
 * (the guard in `hintFromCorpus`; re-processing reads the file again and drops the hint), so
 * that answer is no date: the file's evidence as the import kept it, its file time (if any)
 * as the upper bound and the reason the import gave, which the estimate had replaced.
 */
function withdraw(
  db: DatabaseSync,
  documentId: number,
  own: DateEvidence[],
  upper: string | null,
): void {
  const documents = new DocumentsRepository(db);
  const date = { date: null, earliest: null, latest: upper, precision: null, basis: null };
  const undated: PublishDate = {
    ...date,
    evidence: own,
    whyUnknown: upper ? 'file-time-only' : 'nothing-found',
  };
  documents.setEstimate(documentId, date, { ...documents.attribution(documentId), date: undated });
  new TimelineService(db).reindex(documentId);
}

const changed = (outcome: HintOutcome) => outcome === 'dated' || outcome === 'withdrawn';

function distinctDocuments(rows: RelatedDocument[]): RelatedDocument[] {
  const seen = new Set<number>();
  return rows.filter((row) => !seen.has(row.id) && Boolean(seen.add(row.id)));
}

/**
 * Runs after the cross-check indexer (it reads its quotes and figures): dates the new document
 * from the corpus when its file could not, and when it has a date of its own, dates again the
 * related documents the corpus dates: undated ones, and those an earlier hint dated without it.
 */
export const corpusHintIndexer: DocumentIndexer = {
  name: 'corpus date hint',
  index(db: DatabaseSync, document: DocumentDetail) {
    const redated = redateFromCorpus(db, document);
    return redated.length > 0 ? { redated } : undefined;
  },
};

/**
 * The corpus hint for a document just stored; returns the ids of the other documents whose
 * date it changed (an earlier copy now dated with this one), so the views showing them can
 * read them again.
 */
export function redateFromCorpus(db: DatabaseSync, document: DocumentDetail): number[] {
  if (hintFromCorpus(db, document.id) !== 'none') return [];
  if (document.publishedBasis === null) return [];
  if (!new AttributionRepository(db).anyHintTarget()) return [];
  // Only the documents this one can date are read (a channel's posts share much of their
  // wording, and each post would read all its kin); a hint never dates another one.
  const targets = new Set(relatedDocuments(db, document.id, true).map((row) => row.id));
  return [...targets].filter((id) => changed(hintFromCorpus(db, id)));
}

/**
 * Deletes a document with `remove` (inside the caller's transaction) and dates again, from the
 * corpus left, every document whose estimate rested on it: from the related articles that
 * remain, or, with none, from its file alone. Returns the ids whose date changed, so the views
 * showing them can read them again. Stated, metadata, file-estimated and user dates are never
 * among them: only a date resting on the hint alone rests on another document.
 */
export function deleteAndRedate(
  db: DatabaseSync,
  documentId: number,
  remove: () => boolean,
): { deleted: boolean; redated: number[] } {
  // Read first: once the document is gone its title and day no longer name it.
  const resting = new AttributionRepository(db).restingOn(documentId);
  if (!remove()) return { deleted: false, redated: [] };
  return { deleted: true, redated: resting.filter((id) => changed(hintFromCorpus(db, id))) };
}
