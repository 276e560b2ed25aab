import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../shared/contract';
import { RecoupeError } from '../../../shared/result';
import { buildDocxBomb } from '../../../../tests/support/binary-fixtures';
import { temporaryCorpus } from '../../../../tests/support/temp-corpus';
import { MAX_UNZIPPED_BYTES } from './formats/zip-limit';
import { prepareDocument } from './preparation';

const megabytes = (bytes: number) => bytes / 1024 / 1024;

/**
 * Runs work, returning what it gave or threw and how much the heap grew. No duration is
 * asserted (timing belongs in the benchmarks); each test's timeout only guards against a hang.
 */
async function measure<T>(work: () => Promise<T>) {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const outcome = await work().then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error }),
  );
  return {
    ...outcome,
    heapGrowthMegabytes: megabytes(process.memoryUsage().heapUsed - heapBefore),
  };
}

describe('inputs built to exhaust time or memory', () => {
  const folder = mkdtempSync(join(tmpdir(), 'recoupe-bounded-'));
  const corpus = temporaryCorpus();
  afterAll(() => {
    corpus.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses a Word zip bomb as too-large without inflating it', async () => {
    const bomb = await buildDocxBomb(MAX_UNZIPPED_BYTES + 50 * 1024 * 1024);
    expect(bomb.byteLength).toBeLessThan(500 * 1024);
    const result = await measure(() => prepareDocument(bomb, 'bomb.docx'));
    expect(result.error).toBeInstanceOf(RecoupeError);
    expect((result.error as RecoupeError).code).toBe('too-large');
    expect((result.error as RecoupeError).message).toMatch(/zip bomb/);
    expect(result.heapGrowthMegabytes).toBeLessThan(100);
  }, 30_000);

  it('refuses a page of 100,000 nested <div>s before parsing it', async () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>La Brenne a débordé à Valmont mardi soir, selon la préfecture.</p>${'</div>'.repeat(depth)}</body></html>`;
    const result = await measure(() => prepareDocument(Buffer.from(html), 'nested.html'));
    expect((result.error as RecoupeError).code).toBe('too-large');
    expect((result.error as RecoupeError).message).toMatch(/more than 1000 deep/);
  }, 30_000);

  it('refuses a file just over the size limit as too-large before reading it', async () => {
    const path = join(folder, 'huge.txt');
    // Sparse: the file claims its size without taking the disk space.
    closeSync(openSync(path, 'w'));
    truncateSync(path, MAX_IMPORT_BYTES + 1);
    const result = await measure(async () =>
      corpus.handlers['corpus:import']({ sources: [{ kind: 'path', path }] }),
    );
    expect(result.value).toEqual([
      expect.objectContaining({ status: 'failed', errorCode: 'too-large' }),
    ]);
    expect(result.heapGrowthMegabytes).toBeLessThan(10);
  });

  // 2,000 files are enough to show the job streams: it answers at once, the folder is walked
  // as it goes, and the heap stays flat while every file is imported.
  it('streams a folder of 2,000 small files through an import job', async () => {
    const files = join(folder, 'many');
    mkdirSync(files);
    const count = 2000;
    for (let index = 0; index < count; index++) {
      writeFileSync(
        join(files, `${index}.txt`),
        `Brève ${index} : la Brenne baisse à Valmont\n\nLa préfecture a levé ${index} restrictions dans les communes riveraines.`,
      );
    }
    const result = await measure(async () => {
      const started = await corpus.handlers['import:start']({
        sources: [{ kind: 'path', path: files }],
      });
      expect(started.total).toBeLessThan(5);
      for (;;) {
        const job = await corpus.handlers['import:status']({ jobId: started.id });
        if (job.state !== 'running') return job;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    expect(result.value).toMatchObject({ state: 'done', total: count, finished: count });
    expect(result.value!.items.filter((item) => item.status === 'imported')).toHaveLength(count);
    expect((await corpus.handlers['corpus:stats']({})).documents).toBe(count);
    expect(result.heapGrowthMegabytes).toBeLessThan(200);
  }, 120_000);
});
