/**
 * Measures title, author and publish date against the extraction development set
 * (../shared/corpus/extraction-dev: 990 saved pages, title/author/date for most): Readability's
 * metadata alone versus what Recoupe's import keeps, in the same run. A fifth of the pages,
 * chosen by a hash of the file name, is held out and reported apart, so a rule tuned on one
 * page shows for what it is. Writes bench/METADATA.md.
 *
 *   npm run eval:metadata [-- --pages DIR] [--limit N] [--report-only]
 *
 * Each page's guesses are appended to a cache in the temporary folder as they are made, so an
 * interrupted run resumes where it stopped; --report-only writes the table from the cache. The
 * cache is named by a hash of the import's code, so a changed importer (or another checkout's)
 * never reads guesses an older one made.
 */
import { Readability } from '@mozilla/readability';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeText } from '../src/main/services/import/decode';
import { parseDocument } from '../src/main/services/import/formats/dom';
import { prepareDocument } from '../src/main/services/import/preparation';
import { isHeldOut } from './extraction-eval-split';

const DEV_SET = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'extraction-dev');

interface Gold {
  file: string;
  title?: string;
  author?: string;
  date?: string;
}

interface Guess {
  title: string | null;
  author: string | null;
  date: string | null;
}

type Field = keyof Guess;
const FIELDS: Field[] = ['title', 'author', 'date'];

const normal = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Whether a guess matches the gold value: the same words for titles, the same name for
 * authors (a byline may add a second name), the same day for dates. */
export function matches(field: Field, gold: string, guess: string | null): boolean {
  if (!guess) return false;
  if (field === 'date') return guess.slice(0, 10) === gold.slice(0, 10);
  const [a, b] = [normal(gold), normal(guess)];
  if (field === 'author') return a === b || (a.length > 3 && b.includes(a));
  return a === b;
}

function readabilityAlone(html: string): Guess {
  try {
    const article = new Readability(
      parseDocument(html) as unknown as ConstructorParameters<typeof Readability>[0],
    ).parse();
    return {
      title: article?.title?.trim() || null,
      author: article?.byline?.replace(/^(by|par|von)\s+/i, '').trim() || null,
      date: article?.publishedTime ? isoDay(article.publishedTime) : null,
    };
  } catch {
    return { title: null, author: null, date: null };
  }
}

function isoDay(text: string): string | null {
  const date = new Date(text);
  return /^\d{4}-\d{2}-\d{2}/.test(text)
    ? text.slice(0, 10)
    : Number.isNaN(date.getTime())
      ? null
      : date.toISOString().slice(0, 10);
}

/** The page's text; one Recoupe refuses (an encoding it does not read) is decoded as UTF-8. */
function readable(bytes: Uint8Array, file: string): string {
  try {
    return decodeText(bytes, file);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

async function recoupe(bytes: Uint8Array, file: string): Promise<Guess> {
  try {
    const { content } = await prepareDocument(bytes, file);
    return { title: content.title, author: content.author, date: content.publishedAt };
  } catch {
    return { title: null, author: null, date: null };
  }
}

function pagesFolder(given: string | undefined): string {
  if (given) return given;
  const folder = join(tmpdir(), 'recoupe-extraction-dev');
  if (!existsSync(join(folder, 'pages'))) {
    mkdirSync(folder, { recursive: true });
    execFileSync('tar', ['-xJf', join(DEV_SET, 'pages.tar.xz'), '-C', folder]);
  }
  return join(folder, 'pages');
}

/**
 * A hash of the code that makes the guesses: the import service, the attribution rules it calls
 * (the publish-date estimate), the timeline's date reading they use and the shared types.
 */
function codeVersion(): string {
  const hash = createHash('sha256');
  const source = join(import.meta.dirname, '..', 'src');
  for (const folder of [
    'main/services/import',
    'main/services/attribution',
    'main/services/timeline',
    'shared',
  ]) {
    const files = readdirSync(join(source, folder), { recursive: true, encoding: 'utf8' });
    for (const file of files.filter((name) => name.endsWith('.ts')).sort()) {
      hash.update(file).update(readFileSync(join(source, folder, file)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

type Tally = Record<'readability' | 'recoupe', Record<Field, number>> & {
  pages: number;
  known: Record<Field, number>;
};
const emptyTally = (): Tally => ({
  pages: 0,
  known: { title: 0, author: 0, date: 0 },
  readability: { title: 0, author: 0, date: 0 },
  recoupe: { title: 0, author: 0, date: 0 },
});

async function main() {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string' },
      limit: { type: 'string' },
      'report-only': { type: 'boolean', default: false },
    },
  });
  const cacheFile = join(tmpdir(), `recoupe-metadata-eval-${codeVersion()}.jsonl`);
  const cached = new Map<string, { alone: Guess; ours: Guess }>();
  if (existsSync(cacheFile)) {
    for (const line of readFileSync(cacheFile, 'utf8').split('\n').filter(Boolean)) {
      const entry = JSON.parse(line) as { file: string; alone: Guess; ours: Guess };
      cached.set(entry.file, entry);
    }
  }
  const folder = pagesFolder(values.pages);
  const gold = Object.values(
    JSON.parse(readFileSync(join(DEV_SET, 'evaldata.json'), 'utf8')) as Record<string, Gold>,
  ).filter((page) => page.title || page.author || page.date);
  const pages = values.limit ? gold.slice(0, Number(values.limit)) : gold;
  const tallies = { development: emptyTally(), heldOut: emptyTally() };
  for (const [index, page] of pages.entries()) {
    const path = join(folder, page.file);
    if (!existsSync(path)) continue;
    let entry = cached.get(page.file);
    if (!entry && values['report-only']) continue;
    if (!entry) {
      const bytes = readFileSync(path);
      entry = {
        alone: readabilityAlone(readable(bytes, page.file)),
        ours: await recoupe(bytes, page.file),
      };
      appendFileSync(cacheFile, `${JSON.stringify({ file: page.file, ...entry })}\n`);
    }
    const { alone, ours } = entry;
    const tally = isHeldOut(page.file) ? tallies.heldOut : tallies.development;
    tally.pages++;
    for (const field of FIELDS) {
      const raw: unknown = page[field];
      // Some entries list several authors.
      const wanted = (
        Array.isArray(raw) ? raw.join(', ') : typeof raw === 'string' ? raw : ''
      ).trim();
      if (!wanted) continue;
      tally.known[field]++;
      if (matches(field, wanted, alone[field])) tally.readability[field]++;
      if (matches(field, wanted, ours[field])) tally.recoupe[field]++;
    }
    if ((index + 1) % 100 === 0) process.stderr.write(`${index + 1}/${pages.length}\n`);
  }
  const report = render(tallies);
  writeFileSync(join(import.meta.dirname, 'METADATA.md'), report);
  process.stdout.write(report);
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`;

function render(tallies: { development: Tally; heldOut: Tally }): string {
  const rows = Object.entries(tallies).flatMap(([part, tally]) =>
    FIELDS.map(
      (field) =>
        `| ${part === 'heldOut' ? 'held out (1/5)' : 'development (4/5)'} | ${field} | ${percent(tally.readability[field], tally.known[field])} | ${percent(tally.recoupe[field], tally.known[field])} |`,
    ),
  );
  return `# Metadata accuracy on the extraction development set

\`npm run eval:metadata\` over \`../shared/corpus/extraction-dev\` (pages with a title, author or
date in \`evaldata.json\`; a field counts only where the set gives it). Readability alone is
\`Readability.parse()\`'s \`title\`, \`byline\` and \`publishedTime\`; Recoupe is what the import
stores (\`prepareDocument\`: page metadata, cleaning rules, then the evidence-based estimate),
in the same run. A title matches when its words match (case and punctuation aside), an author
when the gold name is the byline or inside it, a date when the day matches. The held-out fifth
(sha-256 of the file name, first byte divisible by 5) was not looked at while writing rules.

| part | field | Readability alone | Recoupe |
| --- | --- | --- | --- |
${rows.join('\n')}

Pages: ${tallies.development.pages} development, ${tallies.heldOut.pages} held out.
`;
}

await main();
