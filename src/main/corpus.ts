import { homedir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { DATABASE_FILE, openDatabase } from './db/connection';
import { EMBEDDING_MODEL_SETTING, EmbeddingRepository } from './db/repositories/embedding.repo';
import { ConfiguredEmbedder } from './services/embedding/configured-embedder';
import { createHandlers, type Handlers } from './services/handlers';

/** An open corpus: its database and the handlers the front doors call. */
export interface Corpus {
  dataDir: string;
  db: DatabaseSync;
  handlers: Handlers;
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

/** Opens the corpus in a data folder with the embedder its settings name (lexical by default). */
export function openCorpus(dataDir: string): Corpus {
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  const modelFolder = new EmbeddingRepository(db).setting(EMBEDDING_MODEL_SETTING) ?? null;
  const handlers = createHandlers({ db, embedder: new ConfiguredEmbedder(modelFolder) });
  return { dataDir, db, handlers, close: () => db.close() };
}
