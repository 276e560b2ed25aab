import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { openCorpus } from '../../../src/main/app/corpus';
import {
  consistencyProblems,
  preparedCorpus,
  runAndKill,
  savedWorkProblems,
  wholeDocumentProblems,
  type CrashRun,
} from './harness';
import { everyDocument } from '../library';

/**
 * Mounts a tmpfs of `megabytes` at `folder` (a small disk that fills for real: the kernel
 * answers ENOSPC, SQLite answers SQLITE_FULL). Returns why it cannot, or null when mounted.
 */
export function mountSmallDisk(folder: string, megabytes: number): string | null {
  if (process.platform !== 'linux') return 'a tmpfs mount needs Linux';
  if (process.getuid?.() !== 0) return 'mounting a small filesystem needs root';
  mkdirSync(folder, { recursive: true });
  const mounted = spawnSync(
    'mount',
    ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'recoupe-crash-test', folder],
    { encoding: 'utf8' },
  );
  if (mounted.status === 0) return null;
  return `mount -t tmpfs failed: ${(mounted.stderr || mounted.error?.message || '').trim()}`;
}

/** Unmounts what `mountSmallDisk` mounted. */
export function unmountSmallDisk(folder: string): void {
  spawnSync('umount', [folder]);
}

/** The sentence a file that met the full disk must fail with (no stack, no SQLite words). */
const DISK_FULL = /disk holding the corpus is full/;

/**
 * On a small disk: a corpus with a few highlighted documents and a note, then an import of
 * `files` that fills the disk part-way (killed at `killAfterMs`, or running to its end). Checks
 * the disk did fill, every file failed in words, every reported import is whole, and the
 * corpus opens on the full disk with `check` clean and everything saved before still there.
 */
export async function crashDiskFull(
  dataDir: string,
  saved: string[],
  files: string[],
  killAfterMs: number,
): Promise<CrashRun> {
  await preparedCorpus(dataDir, saved);
  const timing = {};
  const lines = await runAndKill(['import', dataDir, ...files], killAfterMs, timing);
  const reported = lines.filter((line) => line.startsWith('imported '));
  const failed = lines.filter((line) => line.startsWith('failed '));
  const problems: string[] = [];
  if (failed.length === 0 && lines.includes('done')) {
    problems.push('the disk never filled: make the small disk smaller');
  }
  for (const line of failed) {
    if (!DISK_FULL.test(line)) problems.push(`a file failed otherwise: ${line}`);
  }
  const corpus = openCorpus(dataDir, { buildVectorIndex: false });
  let found = 0;
  try {
    problems.push(...(await consistencyProblems(corpus)));
    const documents = await everyDocument(corpus.handlers);
    found = documents.length;
    // The kill may land between a commit and its report line: one document more is fine.
    const expected = saved.length + reported.length;
    if (found !== expected && !(found === expected + 1 && !lines.includes('done'))) {
      problems.push(`${found} documents stored, ${expected} saved or reported`);
    }
    const names = new Set(saved.map((path) => basename(path)));
    problems.push(...(await savedWorkProblems(corpus, found, names)));
    const byName = new Map(documents.map((document) => [document.fileName, document.id]));
    for (const line of reported) {
      const path = line.split(' ')[2]!;
      const id = byName.get(basename(path));
      if (id === undefined) problems.push(`${basename(path)} was reported imported but is missing`);
      else problems.push(...(await wholeDocumentProblems(corpus, id, path)));
    }
  } finally {
    corpus.close();
  }
  return {
    mode: 'disk-full',
    killAfterMs,
    reported: reported.length,
    found,
    finished: lines.includes('done'),
    timing,
    stage:
      failed.length > 0 ? `${failed.length} files refused on the full disk` : 'disk not yet full',
    problems,
  };
}
