import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCorpus, type Corpus } from '../../src/main/app/corpus';

/** A corpus in a fresh temporary folder, removed by `dispose`. */
export function temporaryCorpus(): Corpus & { dispose(): void } {
  const dataDir = mkdtempSync(join(tmpdir(), 'recoupe-test-'));
  const corpus = openCorpus(dataDir);
  return {
    ...corpus,
    dispose() {
      corpus.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The folder of the fixtures written for these tests. */
export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');

/** Imports fixture files by name; returns the new (or existing) document ids, in order. */
export async function importFixtures(corpus: Corpus, files: readonly string[]): Promise<number[]> {
  const outcomes = await corpus.handlers['corpus:import']({
    sources: files.map((file) => ({ kind: 'path' as const, path: join(fixturesDir, file) })),
  });
  return outcomes.flatMap((outcome) => (outcome.documentId ? [outcome.documentId] : []));
}

/**
 * Imports each text as a file of its own, one after another; returns the id of each one's
 * last passage (its body, after the title) by the text's name.
 */
export async function importTexts(
  corpus: Corpus,
  texts: Record<string, string>,
): Promise<Map<string, number>> {
  const lastPassages = new Map<string, number>();
  for (const [name, text] of Object.entries(texts)) {
    const [outcome] = await corpus.handlers['corpus:import']({
      sources: [
        { kind: 'bytes', name: `${name}.txt`, base64: Buffer.from(text).toString('base64') },
      ],
    });
    const detail = await corpus.handlers['documents:get']({ id: outcome!.documentId! });
    lastPassages.set(name, detail.passages.at(-1)!.id);
  }
  return lastPassages;
}

/** The shared sample corpus, read at run time (never copied into the project). */
export const seedsDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'seeds');

/** Imports every seed file; returns each document id by its file name. */
export async function importSeeds(corpus: Corpus): Promise<Map<number, string>> {
  const files = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'));
  const outcomes = await corpus.handlers['corpus:import']({
    sources: files.map((file) => ({ kind: 'path' as const, path: join(seedsDir, file) })),
  });
  return new Map(outcomes.map((outcome, index) => [outcome.documentId!, files[index]!]));
}
