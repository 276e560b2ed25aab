import fc from 'fast-check';

/** Pieces of Markdown, HTML and hostile text that parsers must take as plain input. */
const fragments = [
  '# ',
  '## ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '  ',
  '* ',
  '- ',
  '1. ',
  '> ',
  '```',
  '`',
  '~~~',
  '|',
  '---',
  '[lien](',
  'javascript:alert(1)',
  ')',
  '![img](http://example.com/x.png)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="https://example.com">',
  '<!--',
  '-->',
  '&amp;',
  '&#0;',
  '\\',
  '*',
  '_',
  '"',
  '«',
  '»',
  '“',
  '”',
  'AND',
  'OR',
  'NEAR',
  'NOT',
  '(',
  '^',
  ':',
  '-',
  '+',
  'é',
  'ﬁ',
  'e\u0301',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\uE000',
  '😀',
  '\ud800',
  'Ω',
  '中文',
  'crue',
  'Valmont',
  'la',
  'les',
  'de',
  '1982',
  'M.',
  '. ',
  '? ',
  '! ',
];

/** Text made of parser-significant fragments and arbitrary Unicode, up to a few KB. */
export const trickyText = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: 'grapheme', maxLength: 12 })), {
    maxLength: 300,
  })
  .map((parts) => parts.join(''));

/** A real-looking article's bytes with random bytes flipped, cut or inserted. */
export function mutatedBytes(seed: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc
    .array(
      fc.record({
        at: fc.nat({ max: Math.max(seed.length - 1, 0) }),
        kind: fc.constantFrom('flip', 'cut', 'insert'),
        byte: fc.integer({ min: 0, max: 255 }),
      }),
      { maxLength: 8 },
    )
    .map((edits) => {
      let bytes = [...seed];
      for (const edit of edits) {
        if (edit.kind === 'flip') bytes[edit.at % bytes.length] = edit.byte;
        else if (edit.kind === 'cut') bytes = bytes.slice(0, edit.at);
        else bytes.splice(edit.at, 0, edit.byte);
      }
      return Uint8Array.from(bytes);
    });
}

/** How many inputs each property tries: `RECOUPE_FUZZ_SCALE=10` tries ten times more. */
export const fuzzRuns = (base: number) =>
  Math.round(base * Number(process.env.RECOUPE_FUZZ_SCALE ?? 1));

/** Longest a single parser input may take before it counts as a hang. */
/**
 * How long one fuzz test may run before it counts as hung. A guard against hangs only, never a
 * speed check: inputs are bounded by size, and timing belongs in the benchmarks (a per-input
 * 2,000 ms limit once failed a fresh-clone run on a loaded 2-core machine).
 */
export const FUZZ_HANG_TIMEOUT = 600_000;
