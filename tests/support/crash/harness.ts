import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { openCorpus } from '../../../src/main/app/corpus';
import { SettingsRepository } from '../../../src/main/db/repositories/settings.repo';
import { prepareDocument } from '../../../src/main/services/import/preparation';
import { segment } from '../../../src/main/services/import/segment';
import { runChecks } from '../../../src/main/services/maintenance/checks';
import { verifyBackup } from '../../../src/main/services/maintenance/backup';
import { detectLanguage } from '../../../src/main/services/text/words';
import { LexicalHashEmbedder } from '../../../src/main/services/embedding/lexical-hash-embedder';
import { draftBody, DRAFT_KEY, markerWord } from './workload';
import { everyDocument } from '../library';

const child = join(import.meta.dirname, 'crash-child.ts');
const tsx = createRequire(import.meta.url).resolve('tsx');

/** What one killed run left behind, and what was wrong with it (nothing, we hope). */
export interface CrashRun {
  mode: 'import' | 'autosave' | 'reembed' | 'restore' | 'reprocess' | 'migrate' | 'disk-full';
  killAfterMs: number;
  /** Imports or saves the child reported as committed before it died. */
  reported: number;
  /** Documents in the corpus (import) or the saved draft's version (autosave). */
  found: number;
  /** True when the child finished before the kill (the run proves less). */
  finished: boolean;
  /** Where the kill landed, when the kind can tell (a migration: copying or migrating). */
  stage?: string;
  /** From `ready` to the child's end, and to its first failed file (a full disk). */
  timing?: RunTiming;
  problems: string[];
}

/** When things happened in a child's run, in ms after it reported ready. */
export interface RunTiming {
  endMs?: number;
  firstFailedMs?: number;
}

/**
 * Starts the child on `dataDir`, SIGKILLs it `killAfterMs` after it reports ready — or, with
 * `afterLines`, after it has printed that many lines starting with `prefix`, so the kill lands
 * at a point of the work whatever the machine's speed — and returns the lines it printed in
 * full before dying; `timing` is filled in as the run goes.
 */
export async function runAndKill(
  args: string[],
  killAfterMs: number,
  timing: RunTiming = {},
  afterLines?: { prefix: string; count: number },
): Promise<string[]> {
  const process_ = spawn(process.execPath, ['--import', tsx, child, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  let timer: NodeJS.Timeout | undefined;
  let readyAt = 0;
  process_.stderr.on('data', (chunk: Buffer) => (errors += chunk));
  process_.stdout.on('data', (chunk: Buffer) => {
    output += chunk;
    if (!readyAt && output.startsWith('ready\n')) readyAt = Date.now();
    const reached =
      !afterLines ||
      output.split('\n').filter((line) => line.startsWith(afterLines.prefix)).length >=
        afterLines.count;
    if (!timer && readyAt && reached) {
      timer = setTimeout(() => process_.kill('SIGKILL'), killAfterMs);
    }
    if (timing.firstFailedMs === undefined && output.includes('\nfailed ')) {
      timing.firstFailedMs = Date.now() - readyAt;
    }
  });
  const [code, signal] = await new Promise<[number | null, string | null]>((resolve) =>
    process_.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal])),
  );
  clearTimeout(timer);
  timing.endMs = Date.now() - readyAt;
  if (signal !== 'SIGKILL' && code !== 0)
    throw new Error(`crash child failed (${code}): ${errors}`);
  // Only whole lines: the kill may cut the last one.
  return output.split('\n').slice(0, -1);
}

/** Kills an import of `files` part-way and checks every reported file is whole, and nothing half. */
export async function crashImport(
  dataDir: string,
  files: string[],
  killAfterMs: number,
  afterImported?: number,
): Promise<CrashRun> {
  const lines = await runAndKill(
    ['import', dataDir, ...files],
    killAfterMs,
    {},
    afterImported === undefined ? undefined : { prefix: 'imported ', count: afterImported },
  );
  const reported = lines
    .filter((line) => line.startsWith('imported '))
    .map((line) => line.split(' ')[2]!);
  const problems: string[] = [];
  const corpus = openCorpus(dataDir);
  try {
    problems.push(...(await consistencyProblems(corpus)));
    const documents = await everyDocument(corpus.handlers);
    const byName = new Map(documents.map((document) => [document.fileName, document.id]));
    for (const path of reported) {
      const id = byName.get(basename(path));
      if (id === undefined) {
        problems.push(`${basename(path)} was reported imported but is missing`);
        continue;
      }
      problems.push(...(await wholeDocumentProblems(corpus, id, path)));
    }
    // Documents committed but not yet reported when the kill landed must be whole too.
    for (const document of documents) {
      const path = files.find((file) => basename(file) === document.fileName)!;
      if (!reported.includes(path))
        problems.push(...(await wholeDocumentProblems(corpus, document.id, path)));
    }
    return {
      mode: 'import',
      killAfterMs,
      reported: reported.length,
      found: documents.length,
      finished: lines.includes('done'),
      problems,
    };
  } finally {
    corpus.close();
  }
}

/** Kills an autosave loop and checks the last reported draft (or a later one) is there, whole. */
export async function crashAutosave(dataDir: string, killAfterMs: number): Promise<CrashRun> {
  const lines = await runAndKill(['autosave', dataDir], killAfterMs);
  const saved = lines
    .filter((line) => line.startsWith('saved '))
    .map((line) => Number(line.slice(6)));
  const last = saved.at(-1) ?? 0;
  const problems: string[] = [];
  const corpus = openCorpus(dataDir);
  let found = 0;
  try {
    problems.push(...(await consistencyProblems(corpus)));
    const value = new SettingsRepository(corpus.db).get(DRAFT_KEY);
    if (value === undefined) {
      if (last > 0) problems.push(`save ${last} was reported but no draft is stored`);
    } else {
      const draft = JSON.parse(value) as { version: number; body: string };
      found = draft.version;
      // The kill may land between a commit and its report line: one save more is fine.
      if (draft.version < last || draft.version > last + 1) {
        problems.push(`stored draft ${draft.version}, last reported save ${last}`);
      }
      if (draft.body !== draftBody(draft.version)) problems.push(`draft ${draft.version} is torn`);
    }
  } finally {
    corpus.close();
  }
  return { mode: 'autosave', killAfterMs, reported: last, found, finished: false, problems };
}

/**
 * A corpus holding `files`, a highlight on each and a note, closed, for the kinds that rewrite
 * a whole corpus, with a backup of it to restore. Returns the backup's path.
 */
export async function preparedCorpus(dataDir: string, files: string[]): Promise<string> {
  const corpus = openCorpus(dataDir, { buildVectorIndex: false });
  try {
    await corpus.handlers['corpus:import']({
      sources: files.map((path) => ({ kind: 'path' as const, path })),
    });
    for (const { id } of await everyDocument(corpus.handlers)) {
      const { text } = await corpus.handlers['documents:get']({ id });
      const start = text.indexOf('crue');
      await corpus.handlers['highlights:create']({
        documentId: id,
        start,
        end: start + 'crue'.length,
        color: 'yellow',
        comment: HIGHLIGHT_COMMENT,
        tags: [],
      });
    }
    await corpus.handlers['notes:create']({ title: NOTE_TITLE });
    return (await corpus.handlers['corpus:backup']({})).path;
  } finally {
    corpus.close();
  }
}
const NOTE_TITLE = 'Written before the kill';
const HIGHLIGHT_COMMENT = 'Highlighted before the kill';

/**
 * What the researcher saved that is missing from a prepared corpus: documents, the note, the
 * highlight on each document (still anchored: none of these kinds changes a text).
 */
export async function savedWorkProblems(
  corpus: ReturnType<typeof openCorpus>,
  documents: number,
  /** The files highlighted before (all when absent): documents imported later have none. */
  highlighted?: ReadonlySet<string>,
): Promise<string[]> {
  const problems: string[] = [];
  const listed = await everyDocument(corpus.handlers);
  if (listed.length !== documents)
    problems.push(`${listed.length} of ${documents} documents after the kill`);
  const notes = await corpus.handlers['notes:list']({ query: '' });
  if (!notes.some((note) => note.title === NOTE_TITLE)) problems.push('the note is missing');
  for (const { id, fileName } of listed) {
    if (highlighted && !highlighted.has(fileName)) continue;
    const highlights = await corpus.handlers['highlights:list']({ documentId: id });
    const kept = highlights.filter((highlight) => highlight.comment === HIGHLIGHT_COMMENT);
    if (kept.length !== 1) problems.push(`${fileName}: ${kept.length} highlights instead of 1`);
    else if (kept[0]!.status !== 'anchored') {
      problems.push(`${fileName}: its highlight is ${kept[0]!.status}`);
    }
  }
  return problems;
}

/**
 * Kills a re-embedding (`argument`: the model folder), a restore (`argument`: the backup) or a
 * re-processing of every document of a prepared corpus, then checks the corpus opens
 * consistent with every document, highlight and the note.
 */
export async function crashRewrite(
  mode: 'reembed' | 'restore' | 'reprocess',
  dataDir: string,
  argument: string,
  documents: number,
  killAfterMs: number,
): Promise<CrashRun> {
  const lines = await runAndKill([mode, dataDir, argument], killAfterMs);
  const problems: string[] = [];
  let stage: string | undefined;
  if (mode === 'reprocess') {
    // The automatic backup comes first: once it is listed, it must be sound and whole.
    const backups = automaticBackups(dataDir);
    stage = backups.length > 0 ? 'after the backup' : 'before or inside the backup';
    for (const backup of backups) {
      try {
        verifyBackup(backup);
      } catch (error) {
        problems.push(`the automatic backup: ${(error as Error).message}`);
      }
    }
  }
  if (!existsSync(join(dataDir, 'corpus.sqlite'))) {
    problems.push('corpus.sqlite is gone (only the copy set aside is left)');
  }
  const corpus = openCorpus(dataDir, { buildVectorIndex: false });
  let found = 0;
  try {
    problems.push(...(await consistencyProblems(corpus)));
    found = (await everyDocument(corpus.handlers)).length;
    problems.push(...(await savedWorkProblems(corpus, documents)));
  } finally {
    corpus.close();
  }
  return {
    mode,
    killAfterMs,
    reported: lines.includes('done') ? 1 : 0,
    found,
    finished: lines.includes('done'),
    stage,
    problems,
  };
}

/** The finished automatic backups of a data folder. */
function automaticBackups(dataDir: string): string[] {
  const folder = join(dataDir, 'backups');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /^auto-.*\.sqlite$/.test(name))
    .map((name) => join(folder, name));
}

/** SQLite's integrity check and `recoupe check`'s findings, one line each. */
export async function consistencyProblems(
  corpus: ReturnType<typeof openCorpus>,
): Promise<string[]> {
  const integrity = corpus.db.prepare('PRAGMA integrity_check').all() as {
    integrity_check: string;
  }[];
  const problems = integrity
    .map((row) => row.integrity_check)
    .filter((line) => line !== 'ok')
    .map((line) => `integrity_check: ${line}`);
  const report = await runChecks({ db: corpus.db, embedder: new LexicalHashEmbedder() });
  for (const check of report.checks) {
    for (const problem of check.problems)
      problems.push(`${check.name}: ${problem.count} ${problem.message}`);
  }
  return problems;
}

/** Whether the stored document matches its file: same text, every passage, FTS rows, vectors. */
export async function wholeDocumentProblems(
  corpus: ReturnType<typeof openCorpus>,
  id: number,
  path: string,
): Promise<string[]> {
  const name = basename(path);
  const document = await corpus.handlers['documents:get']({ id });
  const expected = (await prepareDocument(readFileSync(path), name)).content.text;
  const expectedPassages = segment(expected, detectLanguage(expected) ?? 'fr').length;
  const problems: string[] = [];
  if (document.text !== expected) problems.push(`${name}: stored text differs from the file`);
  if (document.passages.length !== expectedPassages) {
    problems.push(`${name}: ${document.passages.length} of ${expectedPassages} passages stored`);
  }
  const index = Number(name.match(/\d+/)![0]);
  const matches = corpus.db
    .prepare(
      `SELECT count(*) AS n FROM passages_fts f JOIN passages p ON p.id = f.rowid
       WHERE passages_fts MATCH ? AND p.document_id = ?`,
    )
    .get(`"${markerWord(index)}"`, id) as { n: number };
  const withMarker = document.passages.filter((passage) =>
    passage.text.includes(markerWord(index)),
  ).length;
  if (matches.n !== withMarker)
    problems.push(`${name}: ${matches.n} of ${withMarker} passages found by full-text search`);
  const vectors = corpus.db
    .prepare('SELECT count(*) AS n FROM passage_vectors WHERE document_id = ?')
    .get(BigInt(id)) as { n: number };
  if (vectors.n !== document.passages.length) {
    problems.push(`${name}: ${vectors.n} vectors for ${document.passages.length} passages`);
  }
  return problems;
}
