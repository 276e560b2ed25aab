import type { DatabaseSync } from 'node:sqlite';
import type { CheckProblem, CheckReport, CheckResult } from '../../../shared/maintenance';
import { transaction } from '../../db/connection';
import { IntegrityRepository, SAMPLE_IDS } from '../../db/repositories/integrity.repo';
import type { Embedder } from '../embedding/embedder';

/** What checks read and repair with. */
export interface CheckContext {
  db: DatabaseSync;
  embedder: Embedder;
}

/**
 * One consistency check. Features add theirs to `corpusChecks()` (highlights anchor, note
 * citations resolve…): `find` reports problems, `repair` fixes them when a fix loses nothing.
 */
export interface CorpusCheck {
  name: string;
  description: string;
  /** What the repair does, or what the researcher can do by hand. */
  remedy: string;
  find(context: CheckContext): CheckProblem[];
  /**
   * Present only when the fix is safe. It writes inside one transaction of its own (any
   * asynchronous work, such as embedding, comes before it), so a failing repair changes nothing.
   */
  repair?(context: CheckContext): void | Promise<void>;
}

/** A problem from a list of row ids, or none when the list is empty. */
export function problemFrom(message: string, rowIds: readonly number[]): CheckProblem[] {
  return rowIds.length === 0
    ? []
    : [{ message, count: rowIds.length, ids: rowIds.slice(0, SAMPLE_IDS) }];
}

const repository = (db: DatabaseSync) => new IntegrityRepository(db);

/** The checks of the foundation's tables: file, full-text index, vectors, passages. */
export const coreChecks: readonly CorpusCheck[] = [
  {
    name: 'database-file',
    description: 'SQLite reports the database file as sound',
    remedy: 'No safe repair: restore the latest backup (recoupe restore --from FILE).',
    find: ({ db }) => {
      const lines = repository(db).databaseIntegrity();
      return lines.length === 1 && lines[0] === 'ok'
        ? []
        : lines.map((line) => ({ message: line, count: 1, ids: [] }));
    },
  },
  {
    name: 'full-text-index',
    description: 'Every passage has its full-text row, and no row is left without a passage',
    remedy: 'Rebuild the full-text index from the passages.',
    find: ({ db }) => {
      const integrity = repository(db);
      const error = integrity.fullTextIndexError();
      return [
        ...problemFrom(
          'passages missing from the full-text index',
          integrity.passagesMissingFromFullText(),
        ),
        ...problemFrom('full-text rows without a passage', integrity.fullTextOrphans()),
        ...(error ? [{ message: `full-text index check: ${error}`, count: 1, ids: [] }] : []),
      ];
    },
    repair: ({ db }) => transaction(db, () => repository(db).rebuildFullText()),
  },
  {
    name: 'passage-vectors',
    description: 'Every passage has one vector filed under its document, and no vector is orphaned',
    remedy: 'Delete orphaned vectors and compute the missing ones again.',
    find: ({ db }) => {
      const integrity = repository(db);
      return [
        ...problemFrom(
          'passages without a vector (or filed under another document)',
          integrity.passagesMissingVectors(),
        ),
        ...problemFrom('vectors without a passage', integrity.vectorOrphans()),
      ];
    },
    repair: async ({ db, embedder }) => {
      const integrity = repository(db);
      const missing = integrity.passagesToEmbed(integrity.passagesMissingVectors());
      const vectors: Float32Array[] = [];
      for (const passage of missing) {
        vectors.push(...(await embedder.embed([passage.text], passage.language)));
      }
      transaction(db, () => {
        integrity.deleteVectors([...integrity.vectorOrphans(), ...missing.map(({ id }) => id)]);
        missing.forEach((passage, index) =>
          integrity.insertVector(passage.id, passage.documentId, vectors[index]!),
        );
      });
    },
  },
  {
    name: 'orphan-passages',
    description: 'Every passage belongs to a document',
    remedy: 'Delete the orphaned passages (their document is gone).',
    find: ({ db }) =>
      problemFrom('passages whose document is gone', repository(db).orphanPassages()),
    repair: ({ db }) =>
      transaction(db, () => {
        const integrity = repository(db);
        integrity.deletePassages(integrity.orphanPassages());
      }),
  },
  {
    name: 'passage-offsets',
    description: "Each passage's offsets cut exactly its text out of the document's text",
    remedy: 'No safe repair: delete the document and import its file again.',
    find: ({ db }) =>
      problemFrom(
        'passages whose offsets do not match the document text',
        repository(db).passagesWithBadOffsets(),
      ),
  },
  {
    name: 'documents-have-passages',
    description: 'Every document has at least one passage',
    remedy: 'No safe repair: delete the document and import its file again.',
    find: ({ db }) =>
      problemFrom('documents without any passage', repository(db).documentsWithoutPassages()),
  },
];

/** Every check `recoupe check` and `corpus:check` run; features append theirs here. */
export function corpusChecks(): CorpusCheck[] {
  return [...coreChecks];
}

/**
 * Runs each check; with `repair`, applies each safe repair (one transaction each, so a failing
 * repair leaves the corpus as it was) and checks again to report what is left.
 */
export async function runChecks(
  context: CheckContext,
  options: { repair?: boolean } = {},
  checks: readonly CorpusCheck[] = corpusChecks(),
): Promise<CheckReport> {
  const results: CheckResult[] = [];
  for (const check of checks) {
    let problems = check.find(context);
    let status: CheckResult['status'] = problems.length === 0 ? 'ok' : 'problem';
    if (status === 'problem' && options.repair && check.repair) {
      await check.repair(context);
      problems = check.find(context);
      status = problems.length === 0 ? 'repaired' : 'problem';
    }
    results.push({
      name: check.name,
      description: check.description,
      status,
      problems,
      remedy: check.remedy,
      repairable: check.repair !== undefined,
    });
  }
  return { ok: results.every((result) => result.status !== 'problem'), checks: results };
}
