import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeText } from '../src/main/services/import/decode';
import { prepareDocument } from '../src/main/services/import/preparation';
import { isHeldOut } from './extraction-eval-split';
import { scrapePage } from './extraction-eval-scrape';
import { formatReport, score, type Tally } from './extraction-eval-report';

// `npm run eval:extraction [-- --part dev|holdout|all --limit N --systems html,text --write
// --dump FILE]`: scores the import's article extraction on the extraction development set
// (990 real pages, ../shared/corpus/extraction-dev, scored as its README says), with same-run
// baselines, and with --write puts the table in bench/EXTRACTION.md.
const { values } = parseArgs({
  options: {
    data: {
      type: 'string',
      default: join(import.meta.dirname, '../../shared/corpus/extraction-dev'),
    },
    part: { type: 'string', default: 'all' },
    limit: { type: 'string', default: 'Infinity' },
    systems: { type: 'string', default: 'html,readability,text,scrape' },
    write: { type: 'boolean', default: false },
    dump: { type: 'string' },
    /**
     * A folder holding an earlier version's src/ (`git archive <commit> src | tar -x -C DIR`):
     * its HTML importer runs as one more system, "before", so the import's speed and quality
     * are compared with it in the same run.
     */
    before: { type: 'string' },
  },
});

interface Entry {
  file: string;
  with: string[];
  without: string[];
}

/** What one system made of each page: the article text it keeps. */
type System = (page: Page) => Promise<string>;

interface Page {
  file: string;
  html: string;
  bytes: Uint8Array;
  scrape: string;
}

const SYSTEMS: Record<string, System> = {
  /** The HTML importer: the saved page through the whole import cleaning. */
  html: (page) => importedText(page.bytes, page.file),
  /** Readability alone, the import's HTML reader before this evaluation. */
  readability: async (page) => readabilityText(page.html),
  /** The text importer on the page's text scrape. */
  text: (page) => importedText(new TextEncoder().encode(page.scrape), 'scrape.txt'),
  /** The text scrape kept whole: what a text import that set nothing aside would keep. */
  scrape: async (page) => page.scrape,
};

type Prepare = typeof prepareDocument;
const earlier: Prepare | null = values.before
  ? // Trees before issue 18 kept prepareDocument in prepare.ts (their preparation.ts lacks it).
    (
      (await import(
        ['prepare.ts', 'preparation.ts']
          .map((file) => join(values.before!, 'src/main/services/import', file))
          .find((path) => existsSync(path))!
      )) as {
        prepareDocument: Prepare;
      }
    ).prepareDocument
  : null;
if (earlier) {
  SYSTEMS.before = (page) => importedText(page.bytes, page.file, earlier);
  SYSTEMS['text-before'] = (page) =>
    importedText(new TextEncoder().encode(page.scrape), 'scrape.txt', earlier);
}

async function importedText(
  bytes: Uint8Array,
  fileName: string,
  prepare: Prepare = prepareDocument,
): Promise<string> {
  try {
    return (await prepare(bytes, fileName)).content.text;
  } catch {
    return ''; // a page the import refuses keeps no text
  }
}

function readabilityText(html: string): string {
  try {
    const { document } = parseHTML(html);
    for (const element of document.querySelectorAll('script, style, noscript, iframe, template'))
      element.remove();
    const parsed = new Readability(document as unknown as Document).parse();
    return parsed?.textContent ?? '';
  } catch {
    return '';
  }
}

/** The page's declared language (<html lang>), two letters, or "?" when it declares none. */
function declaredLanguage(html: string): string {
  const lang = html.slice(0, 20_000).match(/<html[^>]*\slang=["']?([a-zA-Z]{2})/i)?.[1];
  return lang ? lang.toLowerCase() : '?';
}

/** The page's text as the import decodes it, so every system reads the same characters. */
function decoded(bytes: Uint8Array, file: string): string {
  try {
    return decodeText(bytes, file);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

async function main(): Promise<void> {
  const entries = Object.values(
    JSON.parse(readFileSync(join(values.data!, 'evaldata.json'), 'utf8')) as Record<string, Entry>,
  ).sort((a, b) => a.file.localeCompare(b.file));
  const systems = values.systems!.split(',');
  const chosen = entries
    .filter((entry) => {
      if (values.part === 'dev') return !isHeldOut(entry.file);
      if (values.part === 'holdout') return isHeldOut(entry.file);
      return true;
    })
    .slice(0, Number(values.limit));
  const folder = mkdtempSync(join(tmpdir(), 'recoupe-extraction-'));
  const tallies = new Map<string, Tally>();
  const seconds: Record<string, number> = {};
  const dump: unknown[] = [];
  try {
    execFileSync('tar', ['-xJf', join(values.data!, 'pages.tar.xz'), '-C', folder]);
    let done = 0;
    for (const entry of chosen) {
      const bytes = readFileSync(join(folder, 'pages', entry.file));
      const html = decoded(bytes, entry.file);
      const started = performance.now();
      const scrape = scrapePage(html);
      seconds['scrape-making'] =
        (seconds['scrape-making'] ?? 0) + (performance.now() - started) / 1000;
      const page: Page = { file: entry.file, html, bytes, scrape };
      const part = isHeldOut(entry.file) ? 'holdout' : 'dev';
      const language = declaredLanguage(html);
      const record: Record<string, unknown> = { file: entry.file, part, language };
      for (const name of systems) {
        const before = performance.now();
        const text = collapse(await SYSTEMS[name]!(page));
        seconds[name] = (seconds[name] ?? 0) + (performance.now() - before) / 1000;
        const found = score(entry, text, collapse);
        for (const key of [`${name}|${part}|all`, `${name}|${part}|${language}`]) {
          const tally = tallies.get(key) ?? { tp: 0, fn: 0, fp: 0, pages: 0 };
          tally.tp += found.tp;
          tally.fn += found.fn;
          tally.fp += found.fp;
          tally.pages += 1;
          tallies.set(key, tally);
        }
        record[name] = { missed: found.missed, leaked: found.leaked };
      }
      dump.push(record);
      if (++done % 100 === 0) process.stderr.write(`${done}/${chosen.length}\n`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const report = formatReport(tallies, seconds, chosen.length, systems);
  console.log(report);
  if (values.dump) writeFileSync(values.dump, JSON.stringify(dump, null, 1));
  if (values.write) writeFileSync(join(import.meta.dirname, 'EXTRACTION.md'), report);
}

await main();
