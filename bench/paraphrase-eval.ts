import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCorpus } from '../src/main/app/corpus';
import {
  DEFAULT_PARAPHRASE,
  SimilarService,
  type ParaphraseSignals,
} from '../src/main/services/crosscheck/similar.service';
import { contentStems, stemLanguage } from '../src/main/services/text/stems';
import { NearestPassages } from '../src/main/services/search/nearest';
import { foldAccents } from '../src/main/services/text/words';
import { CorpusGenerator } from './corpus-generator';
import { WordAssociations } from './word-associations';

// `npx tsx bench/paraphrase-eval.ts`: Other sources' recall@3 and precision on the labelled
// passage pairs of bench/paraphrase-pairs.json, with and without the candidate signals, in
// one run over one corpus (the paraphrase fixtures, the other written fixtures as distractors,
// and the generated articles the pairs were drawn from).

interface Pick {
  file: string;
  words: string[];
}
interface Pair {
  from: string;
  to: string;
  same: boolean;
}
interface PairSet {
  generated: { seed: number; articles: number };
  passages: Record<string, Pick>;
  pairs: Pair[];
}

const TOP = 3;
const DISTRACTORS = /^(crue|brenne|figures|timeline|conseil|digue|inflections|riverbank)-/;
const repositoryDir = join(import.meta.dirname, '..');
const fixturesDir = join(repositoryDir, 'tests', 'fixtures');
const set = JSON.parse(
  readFileSync(join(import.meta.dirname, 'paraphrase-pairs.json'), 'utf8'),
) as PairSet;

const dataDir = mkdtempSync(join(tmpdir(), 'recoupe-paraphrase-'));
const corpus = openCorpus(dataDir, { buildVectorIndex: false });
const documentOf = new Map<string, number>();
try {
  await importAll();
  const passageOf = locatePassages();
  const nearest = new NearestPassages(corpus.db, null);
  const model = learnAssociations();
  // "before" is Other sources as it was (no paraphrase signal); the shipped default is
  // DEFAULT_PARAPHRASE; the others are the trials that did not make it.
  const associations = { model, weight: 0.1, floor: 0.3 };
  const variants: Record<string, ParaphraseSignals> = {
    before: { numbers: 0 },
    'numbers aligned, weight 0.1': { numbers: 0.1 },
    'numbers aligned, weight 0.2 (shipped)': DEFAULT_PARAPHRASE,
    'associations 0.1 (floor 0.3)': { numbers: 0, associations },
    'associations 0.2 (floor 0.5)': {
      numbers: 0,
      associations: { model, weight: 0.2, floor: 0.5 },
    },
    'numbers 0.2 + associations 0.1': { ...DEFAULT_PARAPHRASE, associations },
  };

  const rows = Object.entries(variants).map(([name, signals]) => ({
    name,
    ...evaluate(new SimilarService(corpus.db, nearest, corpus.termCounts, signals), passageOf),
  }));
  console.log(JSON.stringify({ pairs: set.pairs.length, rows }, null, 1));
  console.log(
    `\nload average at the end: ${loadavg()
      .map((load) => load.toFixed(1))
      .join(', ')}\n`,
  );
  console.log('| variant | recall@3 | precision | same fact in top 3 | hard negatives in top 3 |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${row.recall.toFixed(3)} | ${row.precision.toFixed(3)} | ` +
        `${row.foundPositives}/${row.positives} | ${row.shownNegatives}/${row.negatives} |`,
    );
  }
} finally {
  corpus.close();
  rmSync(dataDir, { recursive: true, force: true });
}

/** Random-indexing associations over every passage of the corpus, two passes. */
function learnAssociations(): WordAssociations {
  const model = new WordAssociations();
  const rows = corpus.db
    .prepare('SELECT p.text, d.language FROM passages p JOIN documents d ON d.id = p.document_id')
    .all() as { text: string; language: string | null }[];
  const stems = rows.map(({ text, language }) => contentStems(text, stemLanguage(text, language)));
  for (const list of stems) model.count(list);
  for (const list of stems) model.learn(list);
  return model;
}

async function importAll(): Promise<void> {
  const written = [
    ...set.pairs.flatMap(({ from, to }) => [set.passages[from]!.file, set.passages[to]!.file]),
    ...(await import('node:fs')).readdirSync(fixturesDir).filter((file) => DISTRACTORS.test(file)),
  ].filter((file, index, all) => !file.startsWith('generated:') && all.indexOf(file) === index);
  for (const file of written) {
    const [outcome] = await corpus.handlers['corpus:import']({
      sources: [{ kind: 'path', path: join(fixturesDir, file) }],
    });
    documentOf.set(file, outcome!.documentId!);
  }
  const { seed, articles } = set.generated;
  for (const article of new CorpusGenerator(seed).articles(articles)) {
    const [outcome] = await corpus.handlers['corpus:import']({
      sources: [
        {
          kind: 'bytes',
          name: article.name,
          base64: Buffer.from(article.bytes).toString('base64'),
        },
      ],
    });
    documentOf.set(`generated:${article.name}`, outcome!.documentId!);
  }
}

/** Each labelled passage's id, found by its document and the words it holds. */
function locatePassages(): Map<string, number> {
  const found = new Map<string, number>();
  const select = corpus.db.prepare(
    'SELECT id, text FROM passages WHERE document_id = ? ORDER BY ordinal',
  );
  for (const [key, pick] of Object.entries(set.passages)) {
    const documentId = documentOf.get(pick.file);
    const rows = select.all(documentId ?? -1) as { id: number; text: string }[];
    const row = rows.find(({ text }) =>
      pick.words.every((word) => foldAccents(text.toLowerCase()).includes(word)),
    );
    if (!row) throw new Error(`No passage of ${pick.file} holds ${pick.words.join(', ')}`);
    found.set(key, row.id);
  }
  return found;
}

function evaluate(service: SimilarService, passageOf: Map<string, number>) {
  let positives = 0;
  let foundPositives = 0;
  let shownNegatives = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const { from, to, same } of set.pairs) {
    const top = service.similar(passageOf.get(from)!, TOP).map((hit) => hit.passageId);
    const shown = top.includes(passageOf.get(to)!);
    if (same) {
      positives++;
      if (shown) foundPositives++;
      else misses.push(`${from}→${to}`);
    } else if (shown) {
      shownNegatives++;
      falseAlarms.push(`${from}→${to}`);
    }
  }
  const shown = foundPositives + shownNegatives;
  return {
    recall: round(foundPositives / positives),
    precision: round(shown === 0 ? 1 : foundPositives / shown),
    foundPositives,
    positives,
    shownNegatives,
    negatives: set.pairs.length - positives,
    misses,
    falseAlarms,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
