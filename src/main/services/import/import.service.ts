import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { DocumentCorrections, NewPassage } from '../../../shared/document-content';
import type { ImportOutcome } from '../../../shared/domain';
import { documentNotFound } from '../../../shared/result';
import { transaction } from '../../db/connection';
import { storageError } from '../../db/storage-errors';
import { DocumentsRepository } from '../../db/repositories/documents.repo';
import { BlocksRepository } from '../../db/repositories/blocks.repo';
import { PassagesRepository } from '../../db/repositories/passages.repo';
import type { Embedder } from '../embedding/embedder';
import { LexicalHashEmbedder } from '../embedding/lexical-hash-embedder';
import { documentIndexers, type DocumentIndexer } from '../indexers';
import type { DerivedRows } from './derived-rows';
import { prepareFile, type Preparation, type PreparedDocument } from './preparation';
import type { LoadedFile } from './sources';
import type { Turn } from './turns';
import type { PreparerTask } from './worker/preparer-pool';

/** A file of a batch, prepared, or what became of it without storing. */
type BatchEntry = { outcome: ImportOutcome } | ({ contentHash: string } & Ready);

/** A file prepared and embedded, ready to store. */
interface Ready {
  prepared: PreparedDocument;
  passages: NewPassage[];
  derived: DerivedRows;
}

/** The stage a file has reached, for progress reports. */
export type ImportStage = 'reading' | 'cleaning' | 'indexing';

/** Files imported at once: one prepared on the worker while the other is stored here. */
export const FILES_IN_FLIGHT = 2;
/** The built-in embedder's id: the worker embeds only with it. */
const LEXICAL_EMBEDDER_ID = new LexicalHashEmbedder().id;

/** What the import needs of a worker thread: a file's preparation, off this thread. */
export interface FilePreparer {
  prepare(task: Omit<PreparerTask, 'id'>): Promise<Preparation>;
}

/** Imports article files: one transaction per file, duplicates detected by content hash. */
export class ImportService {
  private readonly documents: DocumentsRepository;
  private readonly passages: PassagesRepository;
  private readonly blocks: BlocksRepository;

  constructor(
    private readonly db: DatabaseSync,
    private readonly embedder: Embedder,
    private readonly indexers: readonly DocumentIndexer[] = documentIndexers(),
    /** Prepares files on a worker thread; null prepares them on this one. */
    private readonly preparer: FilePreparer | null = null,
  ) {
    this.documents = new DocumentsRepository(db);
    this.passages = new PassagesRepository(db);
    this.blocks = new BlocksRepository(db);
  }

  private sameSource(documentId: number, prepared: PreparedDocument): boolean {
    const stored = this.documents.get(documentId);
    const { outlet, author, url } = prepared.content;
    return !!stored && stored.outlet === outlet && stored.author === author && stored.url === url;
  }

  /**
   * Imports one loaded file, reporting each stage it enters. `turn` settles when the files
   * given before this one are stored: it is prepared meanwhile, and stored after them.
   */
  async importFile(
    file: LoadedFile,
    label = file.name,
    onStage: (stage: ImportStage) => void = () => {},
    turn: Turn['ready'] = Promise.resolve(),
  ): Promise<ImportOutcome> {
    const contentHash = createHash('sha256').update(file.bytes).digest('hex');
    const existing = this.documents.findByHash(contentHash);
    if (existing !== undefined) return { file: label, status: 'duplicate', documentId: existing };

    onStage('cleaning');
    const ready = await this.prepareAndEmbed(file.bytes, file.name, {}, file.modifiedAt);
    await turn;
    // The same article saved twice (another encoding, a copy with other line ends) is a
    // duplicate; the same text under another outlet, byline or URL is a syndicated copy, kept
    // as its own document so cross-checking can show who carried it (and count it once).
    const sameText = this.documents.findByTextHash(ready.prepared.content.textHash);
    if (sameText !== undefined && this.sameSource(sameText, ready.prepared)) {
      return { file: label, status: 'duplicate', documentId: sameText };
    }
    onStage('indexing');
    return transaction(this.db, () => this.storeNew(file, label, contentHash, ready));
  }

  /**
   * Imports many small files (a channel's posts) in one transaction, each post in its own
   * savepoint so a failing one is rolled back alone: a post is a few sentences, and one commit
   * a post cost more than storing it. The files are prepared first (on the worker), then stored
   * without a pause, so no other call can write while the transaction is open. `stored` runs
   * inside each file's savepoint with its new document's id (the post's key is kept with it).
   * `turn` settles once the batch before is stored: this one is prepared meanwhile.
   */
  async importBatch(
    files: readonly LoadedFile[],
    stored: (index: number, documentId: number) => void = () => {},
    turn: Turn['ready'] = Promise.resolve(),
  ): Promise<ImportOutcome[]> {
    const readied = await this.prepareBatch(files);
    await turn;
    return transaction(this.db, () =>
      readied.map((ready, index) => {
        const file = files[index]!;
        if ('outcome' in ready) return ready.outcome;
        this.db.exec('SAVEPOINT batch_file');
        try {
          const outcome = this.storeNew(file, file.name, ready.contentHash, ready);
          if (outcome.documentId !== undefined) stored(index, outcome.documentId);
          this.db.exec('RELEASE batch_file');
          return outcome;
        } catch (error) {
          this.db.exec('ROLLBACK TO batch_file');
          this.db.exec('RELEASE batch_file');
          return importFailure(file.name, error);
        }
      }),
    );
  }

  /** Each file of a batch prepared, or its outcome when it needs no storing (or failed). */
  private prepareBatch(files: readonly LoadedFile[]): Promise<BatchEntry[]> {
    return Promise.all(
      files.map(async (file): Promise<BatchEntry> => {
        const contentHash = createHash('sha256').update(file.bytes).digest('hex');
        const existing = this.documents.findByHash(contentHash);
        if (existing !== undefined) {
          return { outcome: { file: file.name, status: 'duplicate', documentId: existing } };
        }
        try {
          const ready = await this.prepareAndEmbed(file.bytes, file.name, {}, file.modifiedAt);
          return { contentHash, ...ready };
        } catch (error) {
          return { outcome: importFailure(file.name, error) };
        }
      }),
    );
  }

  /**
   * Stores a prepared file inside the caller's transaction, unless the same bytes, or the same
   * text from the same source, are stored already.
   */
  private storeNew(
    file: LoadedFile,
    label: string,
    contentHash: string,
    ready: Ready,
  ): ImportOutcome {
    const { prepared } = ready;
    // Checked again here: another front door, or the file prepared alongside this one, may
    // have stored it meanwhile.
    const raced = this.documents.findByHash(contentHash);
    if (raced !== undefined) return { file: label, status: 'duplicate', documentId: raced };
    const copy = this.documents.findByTextHash(prepared.content.textHash);
    if (copy !== undefined && this.sameSource(copy, prepared)) {
      return { file: label, status: 'duplicate', documentId: copy };
    }
    const id = this.documents.insert({
      ...prepared.content,
      contentHash,
      fileName: file.name,
      original: file.bytes,
      fileModifiedAt: file.modifiedAt ?? null,
    });
    const redated = this.store(id, ready);
    return {
      file: label,
      status: 'imported',
      documentId: id,
      ...(redated.length > 0 ? { redated } : {}),
    };
  }

  /**
   * Makes a document again from its stored original bytes with the current rules and the
   * user's corrections, replacing blocks, passages and indexer rows in one transaction; the
   * document keeps its id, so highlights and notes stay attached to it.
   */
  async reprocess(id: number): Promise<void> {
    const original = this.documents.original(id);
    if (!original) throw documentNotFound(id);
    const ready = await this.prepareAndEmbed(
      original.bytes,
      original.fileName,
      this.documents.corrections(id),
      this.documents.fileModifiedAt(id),
    );
    transaction(this.db, () => {
      for (const indexer of this.indexers) indexer.clear?.(this.db, id);
      this.documents.replaceContent(id, ready.prepared.content);
      this.store(id, ready, true);
    });
  }

  /**
   * Cleans, splits and embeds a file: on the worker when there is one (it embeds with the
   * built-in lexical embedder itself), else here; a neural model always embeds on this thread.
   */
  private async prepareAndEmbed(
    bytes: Uint8Array,
    fileName: string,
    corrections: DocumentCorrections = {},
    fileTime: string | null = null,
  ): Promise<Ready> {
    const lexical = this.embedder.id === LEXICAL_EMBEDDER_ID;
    const preparation = this.preparer
      ? await this.preparer.prepare({
          bytes,
          fileName,
          corrections,
          fileTime,
          embedLexically: lexical,
        })
      : await prepareFile(bytes, fileName, corrections, this.embedder, fileTime);
    const { prepared, passages, derived } = preparation;
    const vectors =
      preparation.vectors ??
      (await this.embedder.embed(
        passages.map((passage) => passage.text),
        prepared.content.language,
      ));
    return {
      prepared,
      passages: passages.map((passage, index) => ({ ...passage, vector: vectors[index]! })),
      derived,
    };
  }

  /** Stores blocks, passages and indexer rows; returns the other documents it re-dated. */
  private store(id: number, { prepared, passages, derived }: Ready, replacing = false): number[] {
    this.blocks.replace(id, prepared.blocks);
    if (replacing) this.passages.replaceKeepingIds(id, passages);
    else this.passages.insertMany(id, passages);
    const stored = { ...this.documents.get(id)!, passages: this.passages.byDocument(id) };
    const redated = new Set<number>();
    for (const indexer of this.indexers) {
      for (const other of indexer.index(this.db, stored, derived)?.redated ?? [])
        redated.add(other);
    }
    return [...redated];
  }
}

/** The outcome of a file that could not be imported, with its reason. */
export function importFailure(file: string, error: unknown): ImportOutcome {
  const known = storageError(error);
  if (known) return { file, status: 'failed', error: known.message, errorCode: known.code };
  const message = error instanceof Error ? error.message : String(error);
  return {
    file,
    status: 'failed',
    error: `Import failed: ${message}`,
    errorCode: 'storage-failed',
  };
}
