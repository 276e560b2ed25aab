import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * A worker's file beside the module at `base`: the bundled `.js` in the app (electron-vite
 * builds each worker as its own entry next to index.js, where main's modules are bundled), the
 * `.ts` source under tsx and vitest, or null if it is missing.
 */
export function workerFile(name: string, base: string): { url: URL; typescript: boolean } | null {
  const typescript = base.endsWith('.ts');
  const url = new URL(`./${name}.${typescript ? 'ts' : 'js'}`, base);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? { url, typescript } : null;
}

/** Starts a worker from `workerFile`'s answer; a `.ts` one gets tsx's loader unless it has it. */
export function startWorker(
  file: { url: URL; typescript: boolean },
  options: { workerData?: unknown } = {},
): Worker {
  const usesTsx = process.execArgv.some((argument) => argument.includes('tsx'));
  return new Worker(file.url, {
    ...options,
    execArgv: file.typescript && !usesTsx ? [...process.execArgv, '--import', 'tsx'] : undefined,
  });
}
