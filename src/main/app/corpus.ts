import { accessSync, constants, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { DATABASE_FILE, openDatabase } from '../db/connection';
import { leftOpenByCrash, markInUse, processesUsing } from '../db/in-use';
import { EMBEDDING_MODEL_SETTING, EmbeddingRepository } from '../db/repositories/embedding.repo';
import { ConfiguredEmbedder } from '../services/embedding/configured-embedder';
import { createHandlers, type Handlers } from './handlers';
import { TermCounts } from '../services/crosscheck/term-counts';
import { PreparerPool } from '../services/import/worker/preparer-pool';
import { VectorIndex } from '../services/search/vector-index';
import { useErrorLog } from '../services/support/error-log';
import { AutoBackups } from '../services/backups/auto-backups';

/** The approximate vector index's file in the data folder (a cache of the vector table). */
export const VECTOR_INDEX_FILE = 'vectors.columns';

/** An open corpus: its database and the handlers the front doors call. */
export interface Corpus {
  dataDir: string;
  db: DatabaseSync;
  handlers: Handlers;
  /** True when the data folder cannot be written: reading and search work, changes fail. */
  readOnly: boolean;
  /** The approximate vector index (benchmarks and tests wait for it with `finish()`). */
  vectorIndex: VectorIndex;
  /** Words' passage counts for similar passages, counted in the background like the index. */
  termCounts: TermCounts;
  close(): void;
}

/** The platform's usual application-data folder, matching Electron's `userData`. */
export function defaultDataDir(): string {
  const home = homedir();
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Recoupe');
  if (process.platform === 'win32') {
    return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Recoupe');
  }
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Recoupe');
}

/** The data folder: an explicit choice, else RECOUPE_DATA, else the platform default. */
export function resolveDataDir(explicit?: string): string {
  return explicit ?? process.env.RECOUPE_DATA ?? defaultDataDir();
}

/**
 * Whether the corpus can be written: the folder can be created and written, and so can the
 * database file if it exists. A read-only mount answers EROFS here, even to root.
 */
export function isWritable(dataDir: string): boolean {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
    const file = join(dataDir, DATABASE_FILE);
    if (existsSync(file)) accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** When the app first looks for a due daily backup, and how often after. */
const BACKUP_TIMING = { firstAfterMs: 5 * 60 * 1000, everyMs: 30 * 60 * 1000 };

/** The marker a crash leaves for the next app start: the corpus file is checked then. */
export const UNCLEAN_MARKER = '.check-after-crash';

/**
 * Leaves the marker when a process that had the corpus open ended without closing it (its
 * in-use mark is still there), then clears such marks; the health check removes the marker
 * once the file is found sound. Returns the marker's path.
 */
function noteUncleanShutdown(dataDir: string): string {
  const marker = join(dataDir, UNCLEAN_MARKER);
  if (leftOpenByCrash(dataDir)) {
    try {
      writeFileSync(marker, new Date().toISOString());
    } catch {
      // Without the marker the weekly check still comes.
    }
    processesUsing(dataDir);
  }
  return marker;
}

/**
 * Opens the corpus in a data folder with the embedder its settings name (lexical by default);
 * read-only when the folder
 * cannot be written (or when asked), so the researcher can still read a corpus on a locked drive.
 */
export function openCorpus(
  dataDir: string,
  options: { readOnly?: boolean; buildVectorIndex?: boolean; exactVectorsBelow?: number } = {},
): Corpus {
  useErrorLog(dataDir);
  const readOnly = options.readOnly ?? !isWritable(dataDir);
  const db = openDatabase(join(dataDir, DATABASE_FILE), { readOnly });
  const uncleanMarker = readOnly ? null : noteUncleanShutdown(dataDir);
  const release = readOnly ? () => {} : markInUse(dataDir);
  const modelFolder = new EmbeddingRepository(db).setting(EMBEDDING_MODEL_SETTING) ?? null;
  // The app builds and saves the index and counts words as it goes; a CLI command is over
  // before either would help.
  const background = options.buildVectorIndex ?? true;
  const vectorIndex = new VectorIndex(db, {
    file: join(dataDir, VECTOR_INDEX_FILE),
    background: background && !readOnly,
    exactBelow: options.exactVectorsBelow,
  });
  const termCounts = new TermCounts(db, background);
  const embedder = new ConfiguredEmbedder(modelFolder);
  const preparer = PreparerPool.available() ? new PreparerPool() : null;
  const backups = readOnly ? null : new AutoBackups(db, dataDir);
  const handlers = createHandlers({
    db,
    embedder,
    vectorIndex,
    preparer,
    termCounts,
    uncleanMarker,
    backups,
  });
  // The app takes the daily backup while it runs; a CLI command is over before it would.
  const stopBackups = background && backups ? backups.start(BACKUP_TIMING) : () => {};
  const close = () => {
    stopBackups();
    void preparer?.close();
    vectorIndex.close();
    termCounts.close();
    db.close();
    release();
  };
  return { dataDir, db, handlers, readOnly, vectorIndex, termCounts, close };
}
