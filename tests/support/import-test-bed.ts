import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { ImportJob } from '../../src/shared/domain';
import type { Corpus } from '../../src/main/app/corpus';
import { temporaryCorpus } from './temp-corpus';

/** What each test of an import suite gets afresh: a corpus and an empty folder of files. */
export interface ImportTestBed {
  corpus: Corpus & { dispose(): void };
  folder: string;
}

/**
 * Gives each test of the calling suite its own temporary corpus and folder (named with
 * `prefix`), both removed after the test; read them from the returned object inside tests.
 */
export function importTestBed(prefix: string): ImportTestBed {
  const bed = {} as ImportTestBed;
  beforeEach(() => {
    bed.corpus = temporaryCorpus();
    bed.folder = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => {
    bed.corpus.dispose();
    rmSync(bed.folder, { recursive: true, force: true });
  });
  return bed;
}

/** Asks for an import job's status until it stops running, as the app's panel does. */
export async function settleJob(corpus: Corpus, jobId: string): Promise<ImportJob> {
  for (;;) {
    const job = await corpus.handlers['import:status']({ jobId });
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
