import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'recoupe.mjs');

/** Runs the real CLI launcher on a data folder, as a user would. */
export function runCli(dataDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, '--data', dataDir, ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
