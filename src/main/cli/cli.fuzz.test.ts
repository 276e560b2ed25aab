import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FUZZ_HANG_TIMEOUT, fuzzRuns } from '../../../tests/support/fuzz/inputs';
import { fixturesDir } from '../../../tests/support/temp-corpus';
import { main } from './index';

const dataDir = mkdtempSync(join(tmpdir(), 'recoupe-cli-fuzz-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// Words the parser knows, mixed with arbitrary ones. Options that choose where files are
// written (--data, --out) are left out so the fuzz never writes outside its temporary folder.
const token = fc.oneof(
  fc.constantFrom(
    'import',
    'list',
    'show',
    'search',
    'similar',
    'check',
    'backup',
    'restore',
    '--json',
    '--limit',
    '--repair',
    '--from',
    '--force',
    '--help',
    '-h',
    '--',
    '-',
    '0',
    '1',
    '-5',
    '201',
    'abc',
    '--limit=3',
    '--unknown',
    join(fixturesDir, 'brenne-flood-wire.md'),
    '"crue"',
    '',
  ),
  fc.string({ maxLength: 12 }).filter((text) => !/^--?(d|o)/.test(text)),
);

describe('fuzzing the CLI arguments', () => {
  let output = '';
  beforeEach(() => {
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      output += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => vi.restoreAllMocks());

  it(
    'answers every argument list with an exit code, and --json with one JSON value',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(token, { maxLength: 6 }), async (args) => {
          output = '';
          const code = await main(['--data', dataDir, ...args]);
          expect([0, 1, 2]).toContain(code);
          // After "--" every token is a positional ("-- list --json" lists as a table).
          const options = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
          const printsJson =
            options.includes('--json') && !options.includes('--help') && !options.includes('-h');
          if (code === 0 && printsJson) expect(() => JSON.parse(output)).not.toThrow();
        }),
        { numRuns: fuzzRuns(200) },
      );
    },
    FUZZ_HANG_TIMEOUT,
  );
});
