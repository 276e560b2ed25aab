import type { DocumentCorrections } from '../../db/repositories/documents.repo';
import type { NewPassage } from '../../db/repositories/passages.repo';
import type { Embedder } from '../embedding/embedder';
import { prepareDocument, type PreparedDocument } from './prepare';
import { segment } from './segment';

/** A file made into a document and its passages, ready to store (vectors may come later). */
export interface Preparation {
  prepared: PreparedDocument;
  passages: Omit<NewPassage, 'vector'>[];
  /** One vector a passage, when the preparer embedded them. */
  vectors: Float32Array[] | null;
}

/**
 * Everything an import does before it touches the database: extract, clean, split into
 * passages and, given an embedder, embed them. Pure work on the bytes, so a worker can do it.
 */
export async function prepareFile(
  bytes: Uint8Array,
  fileName: string,
  corrections: DocumentCorrections,
  embedder: Embedder | null,
  fileTime: string | null = null,
): Promise<Preparation> {
  const prepared = await prepareDocument(bytes, fileName, corrections, fileTime);
  const { text, language } = prepared.content;
  const passages = segment(text, language ?? 'fr').map((part, ordinal) => ({ ...part, ordinal }));
  const vectors = embedder
    ? await embedder.embed(
        passages.map((passage) => passage.text),
        language,
      )
    : null;
  return { prepared, passages, vectors };
}
