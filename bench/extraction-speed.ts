import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText } from '../src/main/services/import/decode';
import { prepareDocument } from '../src/main/services/import/preparation';
import { scrapePage } from './extraction-eval-scrape';

// `npx tsx bench/extraction-speed.ts DIR [pages] [rounds]`: the import's time on the extraction
// set's pages, this tree against an earlier one (DIR holding `git archive <commit> src` with
// node_modules linked), in one process, which one goes first alternating page by page so
// neither gains from the other's warm caches or pays for its garbage: the end-to-end eval runs
// its systems in a fixed order, which moved the text importer's ratio by 0.2 between runs.
// Prints CPU milliseconds per page for saved pages and text scrapes, and the ratios.
type Prepare = typeof prepareDocument;
const folder = process.argv[2]!;
const limit = Number(process.argv[3] ?? 300);
const rounds = Number(process.argv[4] ?? 2);
const earlier = (
  (await import(
    ['prepare.ts', 'preparation.ts']
      .map((file) => join(folder, 'src/main/services/import', file))
      .find((path) => existsSync(path))!
  )) as { prepareDocument: Prepare }
).prepareDocument;

const data = join(import.meta.dirname, '../../shared/corpus/extraction-dev');
const unpacked = mkdtempSync(join(tmpdir(), 'recoupe-speed-'));
execFileSync('tar', ['-xJf', join(data, 'pages.tar.xz'), '-C', unpacked]);
const pages: { file: string; bytes: Uint8Array; scrape: Uint8Array }[] = [];
for (const file of readdirSync(join(unpacked, 'pages')).sort().slice(0, limit)) {
  const bytes = readFileSync(join(unpacked, 'pages', file));
  let html: string;
  try {
    html = decodeText(bytes, file);
  } catch {
    continue;
  }
  pages.push({ file, bytes, scrape: new TextEncoder().encode(scrapePage(html)) });
}
rmSync(unpacked, { recursive: true, force: true });

const spent = { html: [0, 0], text: [0, 0] };
async function timed(prepare: Prepare, bytes: Uint8Array, name: string): Promise<number> {
  const started = process.cpuUsage();
  try {
    await prepare(bytes, name);
  } catch {
    // a page the import refuses costs what it cost
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}
for (let round = 0; round < rounds; round++)
  for (const [index, page] of pages.entries()) {
    const order = (index + round) % 2 === 0 ? [0, 1] : [1, 0];
    for (const which of order) {
      const prepare = which === 0 ? prepareDocument : earlier;
      spent.html[which]! += await timed(prepare, page.bytes, page.file);
      spent.text[which]! += await timed(prepare, page.scrape, 'scrape.txt');
    }
  }
const perPage = (total: number) => total / (pages.length * rounds);
for (const kind of ['html', 'text'] as const) {
  const [now, before] = spent[kind].map(perPage) as [number, number];
  console.log(
    `${kind}: ${now.toFixed(1)} ms a page now, ${before.toFixed(1)} before, throughput ×${(before / now).toFixed(2)}`,
  );
}
