import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { RecoupeError, type ErrorCode } from '../../../src/shared/result';
import iconv from 'iconv-lite';
import { decodeText, decodeTextWithEncoding } from '../../../src/main/services/import/decode';
import { prepareDocument } from '../../../src/main/services/import/preparation';
import { segment } from '../../../src/main/services/import/segment';
import { toFtsQuery } from '../../../src/main/services/search/fts-query';
import { buildDocx, buildPdf } from '../binary-fixtures';
import { fixturesDir } from '../temp-corpus';
import { mutatedBytes, trickyText } from './inputs';

/**
 * One parser under fuzz: its inputs, how many to try, and what must hold for each. A parser
 * may refuse an input with a RecoupeError whose code is in `refusals`; anything else thrown is
 * a crash. New parsers (HTML, PDF, DOCX, date extraction, Markdown export) are one entry each.
 */
export interface FuzzTarget<Input> {
  name: string;
  input: fc.Arbitrary<Input>;
  runs: number;
  refusals: readonly ErrorCode[];
  check(input: Input): void | Promise<void>;
}

const fixtureBytes = (file: string) => new Uint8Array(readFileSync(join(fixturesDir, file)));

/** Random bytes, and real articles with bytes flipped, cut or inserted. */
export const fileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }),
  mutatedBytes(fixtureBytes('crue-valmont-courrier.txt')),
  mutatedBytes(fixtureBytes('brenne-flood-wire.md')),
  trickyText.map((text) => new Uint8Array(Buffer.from(text))),
);

function assert(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

// An FTS5 table built like passages_fts: a query that parses here parses in the corpus.
const fts = new DatabaseSync(':memory:');
fts.exec(
  `CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
   INSERT INTO t VALUES ('la crue de la Brenne à Valmont en 1982');`,
);
const match = fts.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?');

const extraction = (
  extension: string,
  input: fc.Arbitrary<Uint8Array> = fileBytes,
  runs = 1000,
): FuzzTarget<Uint8Array> => ({
  name: `${extension} extraction`,
  input,
  runs,
  refusals: [
    'empty-file',
    'binary-file',
    'bad-encoding',
    'corrupt-file',
    'encrypted-file',
    'no-text-layer',
  ],
  check: async (bytes) => {
    const { content } = await prepareDocument(bytes, `article${extension}`);
    assert(content.text.trim().length > 0, 'an imported document has no text');
    assert(content.title.length > 0, 'empty title');
  },
});

/** Random bytes, and a real file of the format with bytes flipped, cut or inserted. */
const formatBytes = (seed: Uint8Array) =>
  fc.oneof(fc.uint8Array({ maxLength: 4096 }), mutatedBytes(seed), mutatedBytes(seed));

const paragraphs = [
  'La Brenne est sortie de son lit à Valmont dans la nuit de mardi, selon la préfecture.',
  'The levee at Saint-Aubin held through Tuesday night, the prefecture said on Wednesday.',
];
// Binary seeds are built from readable text, like the other binary fixtures.
const pdfSeed = await buildPdf([{ lines: ['Crue de la Brenne', '', ...paragraphs] }]);
const docxSeed = await buildDocx('Crue de la Brenne', paragraphs);

/** Text in each encoding the detector tells apart, with and without a byte-order mark. */
const encodedText = fc
  .record({
    text: trickyText,
    encoding: fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'windows-1252'),
    bom: fc.boolean(),
  })
  .map(({ text, encoding, bom }) => new Uint8Array(iconv.encode(text, encoding, { addBOM: bom })));

/** Every parser that exists today. */
export const fuzzTargets: FuzzTarget<never>[] = [
  {
    name: 'text decoding',
    input: fileBytes,
    runs: 1000,
    refusals: ['empty-file', 'binary-file', 'bad-encoding'],
    check: (bytes: Uint8Array) => {
      const text = decodeText(bytes, 'article.txt');
      assert(!text.includes('\r'), 'a carriage return survived decoding');
      assert(text === text.normalize('NFC'), 'text is not NFC');
    },
  } satisfies FuzzTarget<Uint8Array>,
  {
    name: 'encoding detection',
    input: fc.oneof(encodedText, fileBytes),
    runs: 1000,
    refusals: ['empty-file', 'binary-file', 'bad-encoding'],
    check: (bytes: Uint8Array) => {
      const { text, encoding } = decodeTextWithEncoding(bytes, 'article.txt');
      assert(
        ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'].includes(encoding),
        `unknown encoding ${encoding}`,
      );
      assert(encoding === 'utf-8' || !text.includes('\uFFFD'), 'a replacement character survived');
    },
  } satisfies FuzzTarget<Uint8Array>,
  extraction('.md'),
  extraction('.txt'),
  extraction('.html', formatBytes(fixtureBytes('hostile-page.html')), 300),
  // pdf.js and mammoth take milliseconds per file: fewer runs keep the suite within seconds.
  extraction('.pdf', formatBytes(pdfSeed), 150),
  extraction('.docx', formatBytes(docxSeed), 150),
  {
    name: 'segmentation',
    input: trickyText,
    runs: 1000,
    refusals: [],
    check: (text: string) => {
      let previousEnd = 0;
      for (const part of segment(text)) {
        assert(text.slice(part.start, part.end) === part.text, 'offsets do not index the text');
        assert(part.start >= previousEnd, 'passages overlap or go backwards');
        previousEnd = part.end;
      }
    },
  } satisfies FuzzTarget<string>,
  {
    name: 'FTS query building',
    input: fc.record({ text: trickyText, prefixLastWord: fc.boolean(), any: fc.boolean() }),
    runs: 1000,
    refusals: [],
    check: ({ text, ...options }: { text: string; prefixLastWord: boolean; any: boolean }) => {
      const query = toFtsQuery(text, options);
      // Throws on any FTS5 syntax error: what users type must never become FTS syntax.
      if (query !== null) match.get(query);
    },
  } satisfies FuzzTarget<{ text: string; prefixLastWord: boolean; any: boolean }>,
] as FuzzTarget<never>[];

/** Runs one target's check, letting through only the refusals it allows. */
export async function checkOne<Input>(target: FuzzTarget<Input>, input: Input): Promise<void> {
  try {
    await target.check(input);
  } catch (error) {
    if (error instanceof RecoupeError && target.refusals.includes(error.code)) return;
    throw error;
  }
}
