import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzRuns, PER_INPUT_MILLISECONDS, withinTimeLimit } from '../../support/fuzz/inputs';
import { checkOne, fileBytes, fuzzTargets } from '../../support/fuzz/targets';
import { temporaryCorpus } from '../../support/temp-corpus';

// Bounded for CI: 1,000 inputs per parser and 300 imports, a few seconds in all on this
// machine; `RECOUPE_FUZZ_SCALE=20 npx vitest run tests/unit/fuzz` runs a deeper search.
describe('fuzzing the parsers', () => {
  for (const target of fuzzTargets) {
    it(`${target.name}: random and mutated inputs never crash or hang`, async () => {
      await fc.assert(
        fc.asyncProperty(target.input, async (input) => {
          const started = performance.now();
          await checkOne(target, input);
          expect(performance.now() - started).toBeLessThan(PER_INPUT_MILLISECONDS);
        }),
        { numRuns: fuzzRuns(target.runs) },
      );
    });
  }
});

describe('fuzzing the import pipeline', () => {
  const corpus = temporaryCorpus();
  afterAll(() => corpus.dispose());
  const count = (table: string) =>
    (corpus.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  it('imports or refuses each file cleanly, and never leaves partial data', async () => {
    const name = fc.constantFrom('a.md', 'b.txt', 'c.markdown', 'd.text', 'e.pdf', 'noextension');
    await fc.assert(
      fc.asyncProperty(name, fileBytes, async (fileName, bytes) => {
        const before = count('documents');
        const [outcome] = await withinTimeLimit('import', () =>
          corpus.handlers['corpus:import']({
            sources: [
              { kind: 'bytes', name: fileName, base64: Buffer.from(bytes).toString('base64') },
            ],
          }),
        );
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
  });
});
