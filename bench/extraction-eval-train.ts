import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { splitBlocks } from '../src/main/services/import/clean/blocks';
import { cleanArticle } from '../src/main/services/import/clean/clean';
import {
  FEATURE_NAMES,
  TEXT_ONLY_FEATURES,
  proseFeatures,
} from '../src/main/services/import/clean/prose-features';
import { pageStopWords, stopListCode } from '../src/main/services/import/clean/stop-words';
import { wordFeatures, type WordLexicon } from '../src/main/services/import/clean/prose-words';
import { learnLexicon, type LabelledPage } from './prose-lexicon-train';
import { boostedProbability } from '../src/main/services/import/clean/boosted-trees';
import {
  contextFeatures,
  secondStage,
  type Logistic,
  type ProseModel,
  type ProseSource,
} from '../src/main/services/import/clean/prose';
import { BOOSTING, trainBoostedTrees, type BoostingOptions } from './boosted-trees-train';
import { PROSE_MODELS } from '../src/main/services/import/clean/prose-model';
import { decodeText } from '../src/main/services/import/decode';
import { readHtml } from '../src/main/services/import/formats/html';
import { isHeldOut } from './extraction-eval-split';
import { scrapePage } from './extraction-eval-scrape';

// `npx tsx bench/extraction-eval-train.ts [--write]`: learns the prose model's weights from the
// four fifths of the extraction development set not held out (never from the held-out fifth).
// A block holding a `with` snippet is article, one holding a `without` snippet is not; other
// blocks teach nothing. Each stage is a set of boosted trees (bench/boosted-trees-train.ts);
// nothing is drawn at random, so the same pages and code give the same weights. The second
// stage learns from first-stage probabilities scored out of fold (4 folds by page order), and
// the threshold is the one with the best out-of-fold snippet F1 (printed per track). With
// --write the weights go to src/…/clean/prose-model.ts (or --out FILE).
const { values } = parseArgs({
  options: {
    data: {
      type: 'string',
      default: join(import.meta.dirname, '../../shared/corpus/extraction-dev'),
    },
    write: { type: 'boolean', default: false },
    /** Leave the word lexicon's columns out (to compare with the model without them). */
    'no-words': { type: 'boolean', default: false },
    /** Fewest pages a lexicon word must stand on (prose-lexicon-train.ts's default otherwise). */
    'lexicon-pages': { type: 'string' },
    /** Text scrapes trained as the saved pages are: no borrowed pages, no text-only features. */
    plain: { type: 'boolean', default: false },
    /** Writes each page's out-of-fold probabilities, labels and texts here (to study errors). */
    dump: { type: 'string' },
    tracks: { type: 'string', default: 'text,html' },
    cache: { type: 'string' },
    /** How the trees grow, "trees,depth,minLeaf,rate" (defaults in boosted-trees-train.ts). */
    boosting: { type: 'string' },
    /** Where --write puts the weights (another file to compare models side by side). */
    out: {
      type: 'string',
      default: join(import.meta.dirname, '../src/main/services/import/clean/prose-model.ts'),
    },
  },
});

const [trees, depth, minLeaf, learningRate] = (values.boosting ?? '').split(',').map(Number);
const boosting: BoostingOptions = {
  ...BOOSTING,
  ...(trees ? { trees, depth: depth!, minLeaf: minLeaf!, learningRate: learningRate! } : {}),
};

interface Entry {
  file: string;
  with: string[];
  without: string[];
}

interface PageBlocks {
  track: string;
  entry: Entry;
  texts: string[];
  body: boolean[];
  features: number[][];
  /** The page's stop-word language as the import reads it (set once the pages are read). */
  language?: string;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function pageBlocks(
  track: string,
  entry: Entry,
  raw: { text: string; linkDensity?: number }[],
  known = {},
): PageBlocks {
  // The rules as the import runs them before the prose model, without the model itself.
  const { blocks } = cleanArticle(raw, known, track as ProseSource);
  for (const block of blocks) if (block.kind === 'outside') block.kind = 'body';
  return {
    track,
    entry,
    texts: blocks.map((block) => collapse(block.text)),
    body: blocks.map((block) => block.kind === 'body'),
    features: proseFeatures(blocks).rows,
  };
}

/** Each body block's label: 1 holds only `with` snippets, 0 only `without` ones, else none. */
function labelsOf(page: PageBlocks): (0 | 1 | undefined)[] {
  return page.texts.map((text, index) => {
    if (!page.body[index]) return undefined;
    const inside = page.entry.with.some((snippet) => text.includes(collapse(snippet)));
    const outside = page.entry.without.some((snippet) => text.includes(collapse(snippet)));
    return inside === outside ? undefined : inside ? 1 : 0;
  });
}

function samples(
  pages: PageBlocks[],
  rowsOf: (page: PageBlocks, pageIndex: number) => number[][],
): { x: number[][]; y: number[] } {
  const x: number[][] = [];
  const y: number[] = [];
  pages.forEach((page, pageIndex) => {
    const rows = rowsOf(page, pageIndex);
    labelsOf(page).forEach((label, index) => {
      if (label === undefined) return;
      x.push(rows[index]!);
      y.push(label);
    });
  });
  return { x, y };
}

/** Snippets found (tp), missed (fn) and wrongly kept (fp) when blocks ≥ threshold are kept. */
function snippetCounts(pages: PageBlocks[], probabilities: number[][], threshold: number) {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  pages.forEach((page, pageIndex) => {
    const kept = page.texts.filter(
      (_, index) => page.body[index] && probabilities[pageIndex]![index]! >= threshold,
    );
    const text = kept.join(' ');
    for (const snippet of page.entry.with) {
      if (text.includes(collapse(snippet))) tp++;
      else fn++;
    }
    for (const snippet of page.entry.without) if (text.includes(collapse(snippet))) fp++;
  });
  return { tp, fn, fp };
}

/** Snippet-level F1 over the pages when blocks at or above the threshold are kept. */
function snippetF1(pages: PageBlocks[], probabilities: number[][], threshold: number) {
  const { tp, fn, fp } = snippetCounts(pages, probabilities, threshold);
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

/**
 * How far the snippet F1 of a random sample of `size` pages (the held-out fifth's size) strays
 * from the whole set's, at the chosen threshold: 4,000 samples drawn by a fixed generator. A
 * change smaller than this spread cannot be read off one held-out score.
 */
function sampleSpread(
  pages: PageBlocks[],
  probabilities: number[][],
  threshold: number,
  size: number,
): string {
  const counts = pages.map((page, index) => {
    const { tp, fn, fp } = snippetCounts([page], [probabilities[index]!], threshold);
    return [tp, fn, fp] as const;
  });
  const f1 = (chosen: number[]) => {
    let [tp, fn, fp] = [0, 0, 0];
    for (const index of chosen) {
      tp += counts[index]![0];
      fn += counts[index]![1];
      fp += counts[index]![2];
    }
    const precision = tp / (tp + fp || 1);
    const recall = tp / (tp + fn || 1);
    return (2 * precision * recall) / (precision + recall || 1);
  };
  let seed = 1;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const scores: number[] = [];
  for (let draw = 0; draw < 4000; draw++) {
    const order = pages.map((_, index) => index);
    for (let at = 0; at < size; at++) {
      const swap = at + Math.floor(next() * (order.length - at));
      [order[at], order[swap]] = [order[swap]!, order[at]!];
    }
    scores.push(f1(order.slice(0, size)));
  }
  scores.sort((a, b) => a - b);
  const average = mean(scores);
  const spread = Math.sqrt(mean(scores.map((score) => (score - average) ** 2)));
  const at = (share: number) => scores[Math.floor(share * scores.length)]!.toFixed(3);
  return `${size}-page samples: 5th–95th percentile ${at(0.05)}–${at(0.95)}, standard deviation ${spread.toFixed(3)}`;
}

/** Logistic regression by full-batch gradient descent on standardised features, L2-penalised. */
function trainLogistic(x: number[][], y: number[]): Logistic {
  const size = x[0]!.length;
  const means = Array.from({ length: size }, (_, feature) => mean(x.map((row) => row[feature]!)));
  const scales = Array.from({ length: size }, (_, feature) => {
    const spread = Math.sqrt(mean(x.map((row) => (row[feature]! - means[feature]!) ** 2)));
    return spread > 1e-9 ? spread : 1;
  });
  const z = x.map((row) =>
    row.map((value, feature) => (value - means[feature]!) / scales[feature]!),
  );
  const weights = new Array<number>(size).fill(0);
  let bias = 0;
  for (let step = 0; step < 800; step++) {
    const gradient = new Array<number>(size).fill(0);
    let biasGradient = 0;
    z.forEach((row, index) => {
      const sum = row.reduce((total, value, feature) => total + value * weights[feature]!, bias);
      const error = 1 / (1 + Math.exp(-sum)) - y[index]!;
      row.forEach((value, feature) => (gradient[feature]! += error * value));
      biasGradient += error;
    });
    for (let feature = 0; feature < size; feature++)
      weights[feature]! -= 0.5 * (gradient[feature]! / z.length + 0.001 * weights[feature]!);
    bias -= 0.5 * (biasGradient / z.length);
  }
  const round = (list: number[]) => list.map((value) => Number(value.toPrecision(5)));
  return {
    means: round(means),
    scales: round(scales),
    weights: round(weights),
    bias: Number(bias.toPrecision(5)),
  };
}

const mean = (list: number[]) => list.reduce((sum, value) => sum + value, 0) / (list.length || 1);

/**
 * Pages are split into this many folds by the order of their files; each fold is scored by the
 * others. A page's saved and scraped versions share a fold.
 */
const FOLDS = 4;
let foldIndex = new Map<string, number>();
const foldOf = (page: PageBlocks) => foldIndex.get(page.entry.file)!;

/**
 * Each page's rows as scored by a model learnt on the other folds only, so the second stage
 * learns how far to trust first-stage probabilities it has not seen being fitted.
 */
function outOfFold(
  pages: PageBlocks[],
  rowsOf: (pageIndex: number) => number[][],
  learn: (x: number[][], y: number[]) => (row: number[]) => number,
): number[][] {
  const probabilities: number[][] = pages.map(() => []);
  for (let fold = 0; fold < FOLDS; fold++) {
    const training = pages
      .map((_, index) => index)
      .filter((index) => foldOf(pages[index]!) !== fold);
    const { x, y } = samples(
      training.map((index) => pages[index]!),
      (_, at) => rowsOf(training[at]!),
    );
    const model = learn(x, y);
    pages.forEach((_, index) => {
      if (foldOf(pages[index]!) === fold) probabilities[index] = rowsOf(index).map(model);
    });
  }
  return probabilities;
}

/**
 * Both stages of one input's model and the threshold that gives the best snippet F1, chosen on
 * out-of-fold probabilities (the in-sample ones flatter the trees).
 */
function trainTrack(pages: PageBlocks[], borrowed: PageBlocks[] = []): ProseModel {
  const firstSamples = samples([...pages, ...borrowed], (page) => page.features);
  console.log(`${pages.length} pages, ${firstSamples.x.length} labelled blocks`);
  const first = trainBoostedTrees(firstSamples.x, firstSamples.y, boosting);
  const trees = (x: number[][], y: number[]) => {
    const model = trainBoostedTrees(x, y, boosting);
    return (row: number[]) => boostedProbability(model, row);
  };
  // A borrowed page (the same page read by the other importer) is in its own page's fold.
  const firstOutOfFold: number[][] = pages.map(() => []);
  for (let fold = 0; fold < FOLDS; fold++) {
    const training = [...pages, ...borrowed].filter((page) => foldOf(page) !== fold);
    const { x, y } = samples(training, (page) => page.features);
    const model = trees(x, y);
    pages.forEach((page, index) => {
      if (foldOf(page) === fold) firstOutOfFold[index] = page.features.map(model);
    });
  }
  const stacked = pages.map((page, index) =>
    contextFeatures(page.features, firstOutOfFold[index]!),
  );
  const secondSamples = samples(pages, (_, index) => stacked[index]!);
  const second = trainBoostedTrees(secondSamples.x, secondSamples.y, boosting);
  const secondLinear = trainLogistic(secondSamples.x, secondSamples.y);
  const probabilities = outOfFold(
    pages,
    (index) => stacked[index]!,
    (x, y) => {
      const fold = { first, second: trainBoostedTrees(x, y, boosting) };
      const linear = trainLogistic(x, y);
      return (row) => secondStage({ ...fold, secondLinear: linear, threshold: 0 }, row);
    },
  );
  const scores: { threshold: number; f1: number }[] = [];
  for (let step = 4; step <= 16; step++) {
    const threshold = step / 20;
    const result = snippetF1(pages, probabilities, threshold);
    const figures = [result.precision, result.recall, result.f1].map((value) => value.toFixed(3));
    console.log(threshold.toFixed(2), ...figures);
    scores.push({ threshold, f1: result.f1 });
  }
  // The F1 curve is flat near its top and its peak moves from sample to sample: the middle of
  // the thresholds within 0.002 of the best is a steadier choice than the peak itself.
  const top = Math.max(...scores.map((score) => score.f1));
  const near = scores.filter((score) => score.f1 >= top - 0.002).map((score) => score.threshold);
  const middle = (Math.min(...near) + Math.max(...near)) / 2;
  const threshold = Math.round(middle * 20) / 20;
  console.log(`threshold ${threshold} (best out-of-fold F1 ${top.toFixed(3)})`);
  // Per language of the page's words (stop-word lists), at that threshold: a model can gain
  // overall while losing a language the set holds few pages of.
  const languages = pages.map((page) => page.language || 'none');
  const line = ['fra', 'deu', 'eng', 'spa', 'pol'].map((code) => {
    const chosen = pages.flatMap((page, index) => (languages[index] === code ? [index] : []));
    const result = snippetF1(
      chosen.map((index) => pages[index]!),
      chosen.map((index) => probabilities[index]!),
      threshold,
    );
    return `${code} ${chosen.length} ${result.f1.toFixed(3)}`;
  });
  console.log(`by language: ${line.join(' · ')}`);
  console.log(sampleSpread(pages, probabilities, threshold, 195));
  if (values.dump) {
    const rows = pages.map((page, index) => {
      const labels = labelsOf(page);
      return {
        file: page.entry.file,
        track: page.track,
        language: languages[index],
        blocks: page.texts.map((text, at) => ({
          text: text.slice(0, 160),
          body: page.body[at],
          label: labels[at],
          probability: Number(probabilities[index]![at]!.toFixed(3)),
        })),
      };
    });
    writeFileSync(`${values.dump}.${pages[0]!.track}.json`, JSON.stringify(rows));
  }
  return { first, second, secondLinear, threshold };
}

const entries = Object.values(
  JSON.parse(readFileSync(join(values.data!, 'evaldata.json'), 'utf8')) as Record<string, Entry>,
)
  .filter((entry) => !isHeldOut(entry.file))
  .sort((a, b) => a.file.localeCompare(b.file));
foldIndex = new Map(entries.map((entry, index) => [entry.file, index % FOLDS]));
const tracks = values.tracks!.split(',');
/** Every page's blocks and features as the import computes them (reading 795 pages is slow). */
function readPages(): PageBlocks[] {
  const folder = mkdtempSync(join(tmpdir(), 'recoupe-extraction-'));
  const pages: PageBlocks[] = [];
  try {
    execFileSync('tar', ['-xJf', join(values.data!, 'pages.tar.xz'), '-C', folder]);
    for (const entry of entries) {
      const bytes = readFileSync(join(folder, 'pages', entry.file));
      let html: string;
      try {
        html = decodeText(bytes, entry.file);
      } catch {
        continue;
      }
      if (tracks.includes('text'))
        pages.push(
          pageBlocks(
            'text',
            entry,
            splitBlocks(scrapePage(html)).map((text) => ({ text })),
          ),
        );
      if (tracks.includes('html')) {
        let article: ReturnType<typeof readHtml>;
        try {
          article = readHtml(html, entry.file);
        } catch {
          continue;
        }
        pages.push(pageBlocks('html', entry, article.blocks, article.known));
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return pages;
}

// --cache FILE keeps the pages' features between runs that only change how the trees grow;
// delete it when the features or the rules change.
const pages: PageBlocks[] =
  values.cache && existsSync(values.cache)
    ? (JSON.parse(readFileSync(values.cache, 'utf8')) as PageBlocks[])
    : readPages();
if (values.cache) writeFileSync(values.cache, JSON.stringify(pages));
if (values.write && values['no-words'])
  throw new Error('--no-words is for comparing: the import reads the lexicon, so write with it');
// The page's stop-word language as the import reads it: from the blocks the rules leave.
for (const page of pages)
  page.language = stopListCode(pageStopWords(page.texts.filter((_, index) => page.body[index])));
// Each page's labels are found once: five lexicons are learnt from them.
const labelled: LabelledPage[] = pages.map((page) => ({
  file: page.entry.file,
  language: page.language!,
  texts: page.texts,
  labels: labelsOf(page),
}));
/** Adds the lexicon's columns to each page's rows. */
function withWords(page: PageBlocks, lexicon: WordLexicon): PageBlocks {
  const words = wordFeatures(page.texts, lexicon, page.language!);
  return { ...page, features: page.features.map((row, index) => [...row, ...words[index]!]) };
}
// Each page's word columns come from a lexicon learnt on the other folds' pages, both tracks
// (out of fold, as the first stage's probabilities are for the second): the trees learn how far
// to trust words they have not seen counted. The shipped lexicon is learnt on every dev page.
const lexiconPages = values['lexicon-pages'] ? Number(values['lexicon-pages']) : undefined;
const lexicon = learnLexicon(labelled, lexiconPages);
if (!values['no-words']) {
  const byFold = Array.from({ length: FOLDS }, (_, fold) =>
    learnLexicon(
      labelled.filter((page) => foldIndex.get(page.file) !== fold),
      lexiconPages,
    ),
  );
  pages.splice(0, pages.length, ...pages.map((page) => withWords(page, byFold[foldOf(page)]!)));
  console.log(`lexicon: ${lexicon.words.size} words, ${lexicon.openings.size} openings`);
}
const models = { ...PROSE_MODELS };
/** The pages of one track with the given feature columns set to zero (unused by its model). */
function withoutColumns(pages: PageBlocks[], unused: ReadonlySet<number>): PageBlocks[] {
  return pages.map((page) => ({
    ...page,
    features: page.features.map((row) =>
      row.map((value, feature) => (unused.has(feature) ? 0 : value)),
    ),
  }));
}

const textPages = pages.filter((page) => page.track === 'text');
const htmlPages = pages.filter((page) => page.track === 'html');
// The features a text scrape never sets (link density, elements): zero on every text page.
const markupColumns = new Set(
  FEATURE_NAMES.map((_, feature) => feature).filter((feature) =>
    textPages.every((page) => page.features.every((row) => row[feature] === 0)),
  ),
);
const textOnly = new Set(
  FEATURE_NAMES.map((name, feature) => (TEXT_ONLY_FEATURES.has(name) ? feature : -1)),
);
for (const track of tracks) {
  console.log(`— ${track}`);
  // Text scrapes' first stage also learns from the saved pages' blocks, their markup features
  // set to zero, and reads seven markup-free features the saved pages' model leaves aside
  // (TEXT_ONLY_FEATURES): out of fold, with the word lexicon, text 0.896 → 0.900 (--plain
  // trains without both).
  models[track as ProseSource] =
    track === 'text' && values.plain
      ? trainTrack(withoutColumns(textPages, textOnly))
      : track === 'text'
        ? trainTrack(textPages, withoutColumns(htmlPages, markupColumns))
        : trainTrack(withoutColumns(htmlPages, textOnly));
}
if (values.write) {
  const file = values.out!;
  writeFileSync(
    file,
    `import type { ProseModel } from './prose';\n\n` +
      `/** Weights of the prose models, learnt by bench/extraction-eval-train.ts (do not edit by hand). */\n` +
      `export const PROSE_MODELS: Record<'text' | 'html', ProseModel> = ${JSON.stringify(models)};\n`,
  );
  execFileSync('npx', ['prettier', '--write', file]);
  if (!values['no-words']) {
    const lexiconFile = join(dirname(file), 'prose-lexicon.ts');
    const entries = (map: ReadonlyMap<string, number>) =>
      JSON.stringify([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    writeFileSync(
      lexiconFile,
      `import type { WordLexicon } from './prose-words';\n\n` +
        `/** Word weights of the prose models, learnt by bench/extraction-eval-train.ts (do not edit by hand). */\n` +
        `export const PROSE_LEXICON: WordLexicon = {\n` +
        `  words: new Map(${entries(lexicon.words)}),\n` +
        `  openings: new Map(${entries(lexicon.openings)}),\n};\n`,
    );
    execFileSync('npx', ['prettier', '--write', lexiconFile]);
  }
}
