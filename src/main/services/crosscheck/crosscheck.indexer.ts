import type { DatabaseSync } from 'node:sqlite';
import type { DocumentDetail } from '../../../shared/domain';
import { CrosscheckRepository } from '../../db/repositories/crosscheck.repo';
import { transaction } from '../../db/connection';
import { DocumentsRepository } from '../../db/repositories/documents.repo';
import { PassagesRepository } from '../../db/repositories/passages.repo';
import type { DocumentIndexer } from '../indexers';
import { contentStems, stemLanguage } from '../text/stems';
import { extractFigures } from './figures';
import { fingerprint } from './fingerprint';
import { extractQuotes } from './quotes';

/** Content stems this many characters either side of a figure say what it is about. */
const CONTEXT_CHARS = 90;

/** The passage holding a character offset (or the next one, if it falls between passages). */
function passageAt(document: DocumentDetail, offset: number) {
  return document.passages.find((passage) => passage.end > offset);
}

/** Extracts quotes, figures and the document fingerprint inside the import transaction. */
export const crosscheckIndexer: DocumentIndexer = {
  name: 'cross-check',
  index(db: DatabaseSync, document: DocumentDetail) {
    const repository = new CrosscheckRepository(db);
    const language = stemLanguage(document.text, document.language);
    // Quotes are found in the whole text: one may run over a paragraph break.
    for (const quote of extractQuotes(document.text)) {
      const passage = passageAt(document, quote.start);
      if (!passage) continue;
      repository.insertQuote({
        documentId: document.id,
        passageId: passage.id,
        ...quote,
        stems: contentStems(quote.text, language).join(' '),
      });
    }
    for (const passage of document.passages) {
      const base = { documentId: document.id, passageId: passage.id };
      for (const figure of extractFigures(passage.text)) {
        const around = passage.text.slice(
          Math.max(0, figure.start - CONTEXT_CHARS),
          figure.end + CONTEXT_CHARS,
        );
        repository.insertFigure({
          ...base,
          ...figure,
          start: passage.start + figure.start,
          end: passage.start + figure.end,
          context: contentStems(around, language).join(' '),
        });
      }
    }
    const { signature, bands } = fingerprint(document.text);
    repository.insertFingerprint(document.id, signature, bands);
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
