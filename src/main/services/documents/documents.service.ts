import type { DatabaseSync } from 'node:sqlite';
import type {
  CitedDocument,
  DeletedDocument,
  DocumentDetail,
  DocumentSource,
  EditableField,
} from '../../../shared/domain';
import { documentNotFound, RecoupeError } from '../../../shared/result';
import { transaction } from '../../db/connection';
import { BlocksRepository } from '../../db/repositories/blocks.repo';
import { DocumentsRepository } from '../../db/repositories/documents.repo';
import { HighlightsRepository } from '../../db/repositories/highlights.repo';
import { PassagesRepository } from '../../db/repositories/passages.repo';
import { deleteAndRedate } from '../attribution/corpus-hint';
import { findDate } from '../import/clean/dates';
import { blockKey, isShortText } from '../import/preparation';
import { publishedRangeOf } from '../../../shared/published-range';

/** What the documents feature needs of the import: making one document again from its bytes. */
export interface DocumentReprocessor {
  reprocess(id: number): Promise<void>;
}

/** Field corrections as a call sends them: null gives a field back to the import. */
export type FieldCorrections = Partial<Record<EditableField, string | null | undefined>>;

/** Reads one document, corrects what an import made of it, re-processes or deletes it. */
export class DocumentsService {
  private readonly documents: DocumentsRepository;
  private readonly passages: PassagesRepository;
  private readonly blocks: BlocksRepository;
  private readonly highlights: HighlightsRepository;

  constructor(
    private readonly db: DatabaseSync,
    private readonly importer: DocumentReprocessor,
  ) {
    this.documents = new DocumentsRepository(db);
    this.passages = new PassagesRepository(db);
    this.blocks = new BlocksRepository(db);
    this.highlights = new HighlightsRepository(db);
  }

  /** A document with its passages. */
  get(id: number): DocumentDetail {
    const document = this.documents.get(id);
    if (!document) throw documentNotFound(id);
    return { ...document, passages: this.passages.byDocument(id) };
  }

  /** The blocks an import made of the document and where each field came from. */
  source(id: number): DocumentSource {
    this.get(id);
    const made = this.blocks.byDocument(id);
    return {
      documentId: id,
      blocks: made,
      fieldSources: this.documents.fieldSources(id),
      attribution: this.documents.attribution(id),
      shortText: isShortText(made),
    };
  }

  /** Saves corrections of the document's fields, then makes it again with them. */
  async update(id: number, fields: FieldCorrections): Promise<DocumentDetail> {
    this.get(id);
    this.correct(id, fields);
    return this.reprocess(id);
  }

  /** The same corrections on several documents, each made again; none is touched if one is missing. */
  async updateMany(ids: number[], fields: FieldCorrections): Promise<{ updated: number }> {
    for (const id of ids) this.get(id);
    for (const id of ids) {
      this.correct(id, fields);
      await this.importer.reprocess(id);
    }
    return { updated: ids.length };
  }

  /** The current bibliographic fields of the documents that still exist. */
  sources(ids: number[]): CitedDocument[] {
    return ids.flatMap((id) => {
      const document = this.documents.get(id);
      if (!document) return [];
      const { title, outlet, author, publishedAt, publishedBasis, url } = document;
      const range = publishedRangeOf(document);
      return [
        { documentId: id, title, outlet, author, publishedAt, publishedBasis, ...range, url },
      ];
    });
  }

  /**
   * Puts blocks back into the article, or sets them aside, then makes the document again once:
   * a run of blocks moves in one step, its highlights re-anchored once. None moves if one is
   * missing.
   */
  async setBlocks(id: number, ordinals: number[], included: boolean): Promise<DocumentDetail> {
    this.get(id);
    const blocks = new Map(this.blocks.byDocument(id).map((block) => [block.ordinal, block]));
    const missing = ordinals.find((ordinal) => !blocks.has(ordinal));
    if (missing !== undefined) {
      throw new RecoupeError('not-found', `Document ${id} has no block ${missing}.`);
    }
    const corrections = this.documents.corrections(id);
    const chosen = { ...corrections.blocks };
    for (const ordinal of ordinals) chosen[blockKey(blocks.get(ordinal)!.text)] = included;
    corrections.blocks = chosen;
    this.documents.saveCorrections(id, corrections);
    return this.reprocess(id);
  }

  /** Makes the document again from its stored original bytes with the current rules. */
  async reprocess(id: number): Promise<DocumentDetail> {
    await this.importer.reprocess(id);
    return this.get(id);
  }

  /**
   * Deletes a document and its passages; its highlights stay, as orphans with their quotes.
   * The documents the corpus hint dated from it are dated again without it, in the same
   * transaction (no estimate is left naming an article that is gone), and named in `redated`.
   */
  delete(id: number): DeletedDocument {
    return transaction(this.db, () => {
      const orphanedHighlights = this.highlights.byDocument(id).length;
      const { deleted, redated } = deleteAndRedate(this.db, id, () => this.documents.delete(id));
      if (!deleted) throw documentNotFound(id);
      return { id, orphanedHighlights, ...(redated.length > 0 ? { redated } : {}) };
    });
  }

  /**
   * Saves corrections, kept across re-processing: null gives a field back to the import, ''
   * clears it on purpose.
   */
  private correct(id: number, fields: FieldCorrections): void {
    const date = fields.publishedAt;
    // A date is stored as ISO: one typed as people write it is read, anything else refused.
    if (date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date.trim()) && !findDate(date)) {
      throw new RecoupeError(
        'invalid-input',
        `“${date}” is not a date Recoupe understands: use 2024-10-28, 2024-10, 2024 or “28 octobre 2024”.`,
      );
    }
    const corrections = this.documents.corrections(id);
    const corrected: Partial<Record<EditableField, string | null>> = { ...corrections.fields };
    for (const [field, value] of Object.entries(fields)) {
      if (value === null) delete corrected[field as EditableField];
      else if (value !== undefined) corrected[field as EditableField] = value;
    }
    corrections.fields = corrected;
    this.documents.saveCorrections(id, corrections);
  }
}
