import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFixtures, temporaryCorpus } from '../../../../tests/support/temp-corpus';
import { transaction } from '../../db/connection';
import { CrosscheckRepository } from '../../db/repositories/crosscheck.repo';
import { DocumentsRepository } from '../../db/repositories/documents.repo';
import { PassagesRepository } from '../../db/repositories/passages.repo';
import { crosscheckIndexer } from './crosscheck.indexer';

let corpus: ReturnType<typeof temporaryCorpus>;
beforeEach(() => {
  corpus = temporaryCorpus();
});
afterEach(() => corpus.dispose());

/** A document's cross-check rows as stored, row ids left out. */
function storedRows(documentId: number) {
  const rows = (table: string, columns: string) =>
    corpus.db
      .prepare(`SELECT ${columns} FROM ${table} WHERE document_id = ? ORDER BY 1, 2, 3`)
      .all(documentId);
  return {
    quotes: rows('quotes', 'passage_id, start_offset, end_offset, text, speaker, stems'),
    figures: rows(
      'figures',
      'passage_id, start_offset, end_offset, text, value, approximate, unit, context',
    ),
    fingerprint: rows('document_fingerprints', 'document_id, signature, 0'),
    bands: rows('fingerprint_bands', 'band, hash, document_id'),
  };
}

describe('cross-check rows found where the document is prepared', () => {
  it('are the rows the indexer finds itself on the stored document', async () => {
    const ids = await importFixtures(corpus, [
      'figures-orvault-courrier.txt',
      'crue-valmont-gazette.txt',
      'timeline-port-strike-wire.md',
    ]);
    for (const id of ids) {
      const imported = storedRows(id);
      expect(imported.quotes.length + imported.figures.length).toBeGreaterThan(0);
      expect(imported.fingerprint).toHaveLength(1);
      const document = new DocumentsRepository(corpus.db).get(id)!;
      const passages = new PassagesRepository(corpus.db).byDocument(id);
      transaction(corpus.db, () => {
        new CrosscheckRepository(corpus.db).clearDocument(id);
        crosscheckIndexer.index(corpus.db, { ...document, passages });
      });
      expect(storedRows(id)).toEqual(imported);
    }
  });
});
