import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FUZZ_HANG_TIMEOUT, fuzzRuns } from '../../support/fuzz/inputs';
import { checkOne, fileBytes, fuzzTargets } from '../../support/fuzz/targets';
import { temporaryCorpus } from '../../support/temp-corpus';

// Bounded for CI by input count and size (1,000 inputs per parser, 300 imports), never by time:
// `RECOUPE_FUZZ_SCALE=20 npx vitest run tests/unit/fuzz` runs a deeper search.
describe('fuzzing the parsers', () => {
  for (const target of fuzzTargets) {
    it(
      `${target.name}: random and mutated inputs never crash or hang`,
      async () => {
        await fc.assert(
          fc.asyncProperty(target.input, async (input) => {
            await checkOne(target, input);
          }),
          { numRuns: fuzzRuns(target.runs) },
        );
      },
      FUZZ_HANG_TIMEOUT,
    );
  }
});

describe('fuzzing the import pipeline', () => {
  const corpus = temporaryCorpus();
  afterAll(() => corpus.dispose());
  const count = (table: string) =>
    (corpus.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  it(
    'imports or refuses each file cleanly, and never leaves partial data',
    async () => {
      const name = fc.constantFrom('a.md', 'b.txt', 'c.markdown', 'd.text', 'e.pdf', 'noextension');
      await fc.assert(
        fc.asyncProperty(name, fileBytes, async (fileName, bytes) => {
          const before = count('documents');
          const [outcome] = await corpus.handlers['corpus:import']({
            sources: [
              { kind: 'bytes', name: fileName, base64: Buffer.from(bytes).toString('base64') },
            ],
          });
          if (outcome!.status === 'failed') {
            // A refusal, never a storage failure or an unexpected exception.
            expect([
              'empty-file',
              'binary-file',
              'bad-encoding',
              'unsupported-format',
              'corrupt-file',
              'encrypted-file',
              'no-text-layer',
            ]).toContain(outcome!.errorCode);
            expect(count('documents')).toBe(before);
          }
        }),
        { numRuns: fuzzRuns(300) },
      );
      const report = await corpus.handlers['corpus:check']({ repair: false });
      expect(report.checks.filter((check) => check.status !== 'ok')).toEqual([]);
      expect(count('passage_vectors')).toBe(count('passages'));
    },
    FUZZ_HANG_TIMEOUT,
  );
});
