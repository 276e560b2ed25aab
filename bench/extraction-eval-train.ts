import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { splitBlocks } from '../src/main/services/import/clean/blocks';
import { cleanArticle } from '../src/main/services/import/clean/clean';
import { FEATURE_NAMES, proseFeatures } from '../src/main/services/import/clean/prose-features';
import {
  contextFeatures,
  logistic,
  type Logistic,
  type ProseModel,
  type ProseSource,
} from '../src/main/services/import/clean/prose';
import { PROSE_MODELS } from '../src/main/services/import/clean/prose-model';
import { decodeText } from '../src/main/services/import/decode';
import { readHtml } from '../src/main/services/import/formats/html';
import { isHeldOut } from './extraction-eval-split';
import { scrapePage } from './extraction-eval-scrape';

// `npx tsx bench/extraction-eval-train.ts [--write]`: learns the prose model's weights from the
// four fifths of the extraction development set not held out (never from the held-out fifth).
// A block holding a `with` snippet is article, one holding a `without` snippet is not; other
// blocks teach nothing. With --write the weights go to src/…/clean/prose-model.ts.
const { values } = parseArgs({
  options: {
    data: {
      type: 'string',
      default: join(import.meta.dirname, '../../shared/corpus/extraction-dev'),
    },
    write: { type: 'boolean', default: false },
    tracks: { type: 'string', default: 'text,html' },
  },
});

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

function samples(
  pages: PageBlocks[],
  rowsOf: (page: PageBlocks, pageIndex: number) => number[][],
): { x: number[][]; y: number[] } {
  const x: number[][] = [];
  const y: number[] = [];
  pages.forEach((page, pageIndex) => {
    const rows = rowsOf(page, pageIndex);
    page.texts.forEach((text, index) => {
      if (!page.body[index]) return;
      const inside = page.entry.with.some((snippet) => text.includes(collapse(snippet)));
      const outside = page.entry.without.some((snippet) => text.includes(collapse(snippet)));
      if (inside === outside) return;
      x.push(rows[index]!);
      y.push(inside ? 1 : 0);
    });
  });
  return { x, y };
}

/** Logistic regression by full-batch gradient descent on standardised features, L2-penalised. */
function train(x: number[][], y: number[]): Logistic {
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
  return { means, scales, weights, bias };
}

const mean = (list: number[]) => list.reduce((sum, value) => sum + value, 0) / (list.length || 1);

/** Snippet-level F1 over the pages when blocks at or above the threshold are kept. */
function snippetF1(pages: PageBlocks[], probabilities: number[][], threshold: number) {
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
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

/** Both stages of one input's model, the threshold that gives the best snippet F1. */
function trainTrack(pages: PageBlocks[]): ProseModel {
  const firstSamples = samples(pages, (page) => page.features);
  console.log(`${pages.length} pages, ${firstSamples.x.length} labelled blocks`);
  const first = train(firstSamples.x, firstSamples.y);
  const stacked = pages.map((page) =>
    contextFeatures(
      page.features,
      page.features.map((row) => logistic(first, row)),
    ),
  );
  const secondSamples = samples(pages, (_, index) => stacked[index]!);
  const second = train(secondSamples.x, secondSamples.y);
  const probabilities = stacked.map((rows) => rows.map((row) => logistic(second, row)));
  let best = { threshold: 0.5, f1: 0 };
  for (let threshold = 0.2; threshold <= 0.8; threshold += 0.05) {
    const result = snippetF1(pages, probabilities, threshold);
    const figures = [result.precision, result.recall, result.f1].map((value) => value.toFixed(3));
    console.log(threshold.toFixed(2), ...figures);
    if (result.f1 > best.f1) best = { threshold, f1: result.f1 };
  }
  [
    ...FEATURE_NAMES,
    'p',
    'p before',
    'p after',
    'p mean ±3',
    'p max before',
    'p max after',
  ].forEach((name, index) => console.log(second.weights[index]!.toFixed(3).padStart(7), name));
  return {
    first: rounded(first),
    second: rounded(second),
    threshold: Number(best.threshold.toFixed(2)),
  };
}

function rounded(model: Logistic): Logistic {
  const round = (list: number[]) => list.map((value) => Number(value.toPrecision(5)));
  return {
    means: round(model.means),
    scales: round(model.scales),
    weights: round(model.weights),
    bias: Number(model.bias.toPrecision(5)),
  };
}

const entries = Object.values(
  JSON.parse(readFileSync(join(values.data!, 'evaldata.json'), 'utf8')) as Record<string, Entry>,
)
  .filter((entry) => !isHeldOut(entry.file))
  .sort((a, b) => a.file.localeCompare(b.file));
const tracks = values.tracks!.split(',');
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
const models = { ...PROSE_MODELS };
for (const track of tracks) {
  console.log(`— ${track}`);
  models[track as ProseSource] = trainTrack(pages.filter((page) => page.track === track));
}
if (values.write) {
  const file = join(import.meta.dirname, '../src/main/services/import/clean/prose-model.ts');
  writeFileSync(
    file,
    `import type { ProseModel } from './prose';\n\n` +
      `/** Weights of the prose models, learnt by bench/extraction-eval-train.ts (do not edit by hand). */\n` +
      `export const PROSE_MODELS: Record<'text' | 'html', ProseModel> = ${JSON.stringify(models)};\n`,
  );
  execFileSync('npx', ['prettier', '--write', file]);
}
