import type { DatabaseSync } from 'node:sqlite';
import type { DocumentDetail } from '../../../shared/domain';
import { CrosscheckRepository } from '../../db/repositories/crosscheck.repo';
import { transaction } from '../../db/connection';
import { DocumentsRepository } from '../../db/repositories/documents.repo';
import { PassagesRepository } from '../../db/repositories/passages.repo';
import type { DocumentIndexer } from '../indexers';
import { crosscheckRows } from './document-rows';

/** Stores quotes, figures and the document fingerprint inside the import transaction. */
export const crosscheckIndexer: DocumentIndexer = {
  name: 'cross-check',
  // The import found the rows where it prepared the document (its worker); other callers (a
  // corpus indexed after an upgrade) find them here, with the same function.
  index(db: DatabaseSync, document: DocumentDetail, derived) {
    const repository = new CrosscheckRepository(db);
    const rows = derived?.crosscheck ?? crosscheckRows(document);
    const idOf = new Map(document.passages.map((passage) => [passage.ordinal, passage.id]));
    const on = (ordinal: number) => ({ documentId: document.id, passageId: idOf.get(ordinal)! });
    for (const { passageOrdinal, ...quote } of rows.quotes) {
      repository.insertQuote({ ...on(passageOrdinal), ...quote });
    }
    for (const { passageOrdinal, ...figure } of rows.figures) {
      repository.insertFigure({ ...on(passageOrdinal), ...figure });
    }
    repository.insertFingerprint(document.id, rows.fingerprint.signature, rows.fingerprint.bands);
  },
  // Re-processing keeps unchanged passages (and so their quotes and figures): start afresh.
  clear: (db, documentId) => new CrosscheckRepository(db).clearDocument(documentId),
};

/**
 * Indexes documents imported before the cross-check tables existed (a corpus upgraded from an
 * older build), one transaction per document; returns how many it indexed.
 */
export function indexMissingDocuments(db: DatabaseSync): number {
  const documents = new DocumentsRepository(db);
  const passages = new PassagesRepository(db);
  const missing = new CrosscheckRepository(db).documentsNotIndexed();
  for (const id of missing) {
    const document = documents.get(id);
    if (!document) continue;
    transaction(db, () =>
      crosscheckIndexer.index(db, { ...document, passages: passages.byDocument(id) }),
    );
  }
  return missing.length;
}
