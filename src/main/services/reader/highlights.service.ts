import type { DatabaseSync } from 'node:sqlite';
import type {
  AnchorStatus,
  Highlight,
  HighlightColor,
  ReanchorReport,
} from '../../../shared/highlights';
import { documentNotFound, RecoupeError } from '../../../shared/result';
import { transaction } from '../../db/connection';
import { DocumentsRepository } from '../../db/repositories/documents.repo';
import { HighlightsRepository, type HighlightChanges } from '../../db/repositories/highlights.repo';
import type { DocumentIndexer } from '../indexers';
import { describeRange, resolveAnchor } from './anchoring';

/** What a person selected to highlight. */
export interface HighlightRequest {
  documentId: number;
  start: number;
  end: number;
  color: HighlightColor;
  comment: string;
  tags: string[];
}

/**
 * Re-resolves every highlight of a document (orphans included: a restored passage brings them
 * back) against `text`, the document's current clean text, and stores where each one landed.
 */
export function reanchorHighlights(
  db: DatabaseSync,
  documentId: number,
  text: string,
): ReanchorReport {
  const repository = new HighlightsRepository(db);
  const counts: Record<AnchorStatus, number> = { anchored: 0, moved: 0, edited: 0, orphaned: 0 };
  for (const highlight of repository.byDocument(documentId)) {
    const resolution = resolveAnchor(highlight, text);
    counts[resolution.status]++;
    repository.setResolution(highlight.id, resolution.status, resolution.start, resolution.end);
  }
  return { documentId, counts };
}

/** Re-anchors a document's highlights whenever the import pipeline (re)writes its text. */
export const highlightsIndexer: DocumentIndexer = {
  name: 'highlights',
  index: (db, document) => void reanchorHighlights(db, document.id, document.text),
};

/** Creates, edits, re-anchors and lists highlights. */
export class HighlightsService {
  private readonly documents: DocumentsRepository;
  private readonly highlights: HighlightsRepository;

  constructor(private readonly db: DatabaseSync) {
    this.documents = new DocumentsRepository(db);
    this.highlights = new HighlightsRepository(db);
  }

  /** Highlights a span of a document's clean text (edge whitespace trimmed off). */
  create(request: HighlightRequest): Highlight {
    const document = this.requireDocument(request.documentId);
    let { start, end } = request;
    if (end > document.text.length || start >= end) {
      throw new RecoupeError(
        'invalid-input',
        `The selection ${start}–${end} lies outside this document's text.`,
      );
    }
    while (start < end && /\s/.test(document.text[start]!)) start++;
    while (end > start && /\s/.test(document.text[end - 1]!)) end--;
    if (start === end) throw new RecoupeError('invalid-input', 'The selection holds no text.');
    // Highlighting a span already highlighted (pressing 1 twice, or 2 after 1) changes that
    // highlight rather than stacking an identical one the reader cannot tell apart from it.
    const same = this.highlights
      .byDocument(document.id)
      .find(
        (highlight) =>
          highlight.status !== 'orphaned' && highlight.start === start && highlight.end === end,
      );
    if (same) {
      const changes: HighlightChanges = {};
      if (same.color !== request.color) changes.color = request.color;
      if (request.comment && !same.comment) changes.comment = request.comment;
      if (request.tags.some((tag) => !same.tags.includes(tag)))
        changes.tags = [...new Set([...same.tags, ...request.tags])];
      return Object.keys(changes).length ? this.update(same.id, changes) : same;
    }
    return this.highlights.insert({
      ...describeRange(document.text, start, end),
      documentId: document.id,
      documentTitle: document.title,
      color: request.color,
      comment: request.comment,
      tags: request.tags,
    });
  }

  /** Changes a highlight's colour, comment or tags. */
  update(id: number, changes: HighlightChanges): Highlight {
    this.require(id);
    this.highlights.update(id, changes);
    return this.require(id);
  }

  /** Deletes one highlight. */
  delete(id: number): { id: number } {
    if (!this.highlights.delete(id)) throw notFound(id);
    return { id };
  }

  /** A document's highlights, orphans included. */
  list(documentId: number): Highlight[] {
    return this.highlights.byDocument(documentId);
  }

  /** Re-anchors a document's highlights against its current text. */
  reanchor(documentId: number): ReanchorReport {
    const document = this.requireDocument(documentId);
    return transaction(this.db, () => reanchorHighlights(this.db, document.id, document.text));
  }

  private requireDocument(id: number) {
    const document = this.documents.get(id);
    if (!document) throw documentNotFound(id);
    return document;
  }

  private require(id: number): Highlight {
    const highlight = this.highlights.get(id);
    if (!highlight) throw notFound(id);
    return highlight;
  }
}

function notFound(id: number): RecoupeError {
  return new RecoupeError('not-found', `Highlight ${id} does not exist.`);
}
