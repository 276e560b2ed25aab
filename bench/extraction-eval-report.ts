/** Snippet counts summed over pages, as the source benchmark sums them. */
export interface Tally {
  tp: number;
  fn: number;
  fp: number;
  pages: number;
}

/** One page's score: each `with` snippet found is a true positive, each `without` found a false one. */
export function score(
  entry: { with: string[]; without: string[] },
  text: string,
  collapse: (text: string) => string,
): { tp: number; fn: number; fp: number; missed: string[]; leaked: string[] } {
  const missed = entry.with.filter((snippet) => !text.includes(collapse(snippet)));
  const leaked = entry.without.filter((snippet) => text.includes(collapse(snippet)));
  return {
    tp: entry.with.length - missed.length,
    fn: missed.length,
    fp: leaked.length,
    missed,
    leaked,
  };
}

function measures(tally: Tally): { precision: number; recall: number; f1: number } {
  const precision = tally.tp / (tally.tp + tally.fp || 1);
  const recall = tally.tp / (tally.tp + tally.fn || 1);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const LABELS: Record<string, string> = {
  html: 'HTML importer (saved page)',
  readability: 'Readability alone (baseline)',
  text: 'Text importer (text scrape)',
  scrape: 'Raw text scrape (baseline)',
  before: 'HTML importer before (--before)',
  'text-before': 'Text importer before (--before)',
};

function add(into: Tally, from: Tally | undefined): void {
  if (!from) return;
  into.tp += from.tp;
  into.fn += from.fn;
  into.fp += from.fp;
  into.pages += from.pages;
}

/** Languages with fewer pages than this are counted together as "other". */
const LANGUAGE_MIN_PAGES = 15;

/** The evaluation's Markdown report: one table per part, one by declared language. */
export function formatReport(
  tallies: Map<string, Tally>,
  seconds: Record<string, number>,
  pages: number,
  systems: string[],
): string {
  const part = (system: string, name: string) => {
    const tally = { tp: 0, fn: 0, fp: 0, pages: 0 };
    for (const each of name === 'all' ? ['dev', 'holdout'] : [name])
      add(tally, tallies.get(`${system}|${each}|all`));
    return tally;
  };
  const fixed = (value: number) => value.toFixed(3);
  const lines = [
    '# Article extraction on the extraction development set',
    '',
    'Produced by `npm run eval:extraction -- --write` (bench/extraction-eval.ts) over',
    '`../shared/corpus/extraction-dev` (990 pages from trafilatura’s evaluation). Scored as that',
    'set’s README says: every `with` snippet found is a true positive, every one missing a false',
    'negative, every `without` snippet found a false positive, summed over pages, whitespace',
    'collapsed. "holdout" is the fifth of the pages chosen by a hash of the file name',
    '(`isHeldOut`), never looked at while tuning; "dev" is the rest. All systems ran in the same',
    `run on ${pages} pages, one after another on each page, on one core.`,
    '',
    '| system | part | pages | precision | recall | F1 |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const name of ['dev', 'holdout', 'all']) {
    for (const system of systems) {
      const tally = part(system, name);
      if (!tally.pages) continue;
      const { precision, recall, f1 } = measures(tally);
      lines.push(
        `| ${LABELS[system] ?? system} | ${name} | ${tally.pages} | ${fixed(precision)} | ${fixed(recall)} | **${fixed(f1)}** |`,
      );
    }
  }
  lines.push(
    '',
    '## Speed',
    '',
    '| system | seconds | pages per second |',
    '| --- | ---: | ---: |',
  );
  for (const [system, spent] of Object.entries(seconds)) {
    const label =
      system === 'scrape-making' ? 'making the text scrapes' : (LABELS[system] ?? system);
    lines.push(`| ${label} | ${spent.toFixed(1)} | ${(pages / spent).toFixed(1)} |`);
  }
  const languages = new Map<string, Map<string, Tally>>();
  for (const [key, tally] of tallies) {
    const [system, , language] = key.split('|') as [string, string, string];
    if (language === 'all') continue;
    const bySystem = languages.get(language) ?? new Map<string, Tally>();
    const total = bySystem.get(system) ?? { tp: 0, fn: 0, fp: 0, pages: 0 };
    add(total, tally);
    bySystem.set(system, total);
    languages.set(language, bySystem);
  }
  const other = new Map<string, Tally>();
  const rows: [string, Map<string, Tally>][] = [];
  for (const [language, bySystem] of languages) {
    const count = bySystem.get(systems[0]!)?.pages ?? 0;
    if (count >= LANGUAGE_MIN_PAGES && language !== '?') rows.push([language, bySystem]);
    else
      for (const [system, tally] of bySystem) {
        const total = other.get(system) ?? { tp: 0, fn: 0, fp: 0, pages: 0 };
        add(total, tally);
        other.set(system, total);
      }
  }
  rows.sort((a, b) => (b[1].get(systems[0]!)?.pages ?? 0) - (a[1].get(systems[0]!)?.pages ?? 0));
  rows.push(['other or undeclared', other]);
  lines.push(
    '',
    '## F1 by declared language (both parts)',
    '',
    `| language (\`<html lang>\`) | pages | ${systems.map((system) => LABELS[system] ?? system).join(' | ')} |`,
    `| --- | ---: | ${systems.map(() => '---:').join(' | ')} |`,
  );
  for (const [language, bySystem] of rows) {
    const count = bySystem.get(systems[0]!)?.pages ?? 0;
    const cells = systems.map((system) => {
      const tally = bySystem.get(system);
      return tally ? fixed(measures(tally).f1) : '–';
    });
    lines.push(`| ${language} | ${count} | ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
