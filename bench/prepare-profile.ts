import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serialize } from 'node:v8';
import { CorpusGenerator } from './corpus-generator';
import type * as preparation from '../src/main/services/import/preparation';
import type * as derivedRows from '../src/main/services/import/derived-rows';
import type * as segmentation from '../src/main/services/import/segment';
import type * as lexical from '../src/main/services/embedding/lexical-hash-embedder';

// `npx tsx bench/prepare-profile.ts [articles] [tree] [--out file]`: the import worker's
// preparation of the first generated articles, on this thread, stage by stage (the document:
// decode, clean, attribution; segmentation; embedding; derived rows; the structured clone of
// the reply), in ms of this thread's CPU time an article. Given another checkout, runs its code instead. `--out` writes
// one hash a prepared file (document, passages, vectors, derived rows) to compare two trees'
// output. For a profile: `node --import tsx --cpu-prof bench/prepare-profile.ts 2000`.
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args.splice(outIndex, 2)[1] : null;
const articles = Number(args[0] ?? 2000);
const tree = resolve(args[1] ?? join(import.meta.dirname, '..'));
const load = (path: string) => import(pathToFileURL(join(tree, path)).href);
const { prepareDocument } = (await load(
  'src/main/services/import/preparation.ts',
)) as typeof preparation;
const { deriveRows } = (await load(
  'src/main/services/import/derived-rows.ts',
)) as typeof derivedRows;
const { segment } = (await load('src/main/services/import/segment.ts')) as typeof segmentation;
const { LexicalHashEmbedder } = (await load(
  'src/main/services/embedding/lexical-hash-embedder.ts',
)) as typeof lexical;

const embedder = new LexicalHashEmbedder();
const stages = { document: 0, segment: 0, embed: 0, derived: 0, clone: 0 };
const hashes: string[] = [];
let passageCount = 0;
const timed = async <T>(stage: keyof typeof stages, run: () => T | Promise<T>): Promise<T> => {
  // CPU time of this thread, not elapsed time: the machine is shared, and waiting for a core
  // would count as work.
  const start = process.threadCpuUsage();
  const result = await run();
  const { user, system } = process.threadCpuUsage(start);
  stages[stage] += (user + system) / 1000;
  return result;
};
for (const article of new CorpusGenerator(42).articles(articles)) {
  const prepared = await timed('document', () =>
    prepareDocument(article.bytes, article.name, {}, null),
  );
  const { text, language } = prepared.content;
  const passages = await timed('segment', () =>
    segment(text, language ?? 'fr').map((part, ordinal) => ({ ...part, ordinal })),
  );
  const vectors = await timed('embed', () =>
    embedder.embed(
      passages.map((passage) => passage.text),
      language,
    ),
  );
  const derived = await timed('derived', () => deriveRows(prepared, passages));
  const result = { prepared, passages, vectors, derived };
  // What postMessage pays for the reply (the vectors are transferred, so left out here).
  await timed('clone', () => serialize({ ...result, vectors: null }));
  passageCount += passages.length;
  if (out) {
    const vectorBytes = vectors.map((vector) =>
      Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength),
    );
    hashes.push(
      `${article.name}\t${createHash('sha256')
        .update(JSON.stringify({ ...result, vectors: null }))
        .update(Buffer.concat(vectorBytes))
        .digest('hex')}`,
    );
  }
}
const total = Object.values(stages).reduce((sum, ms) => sum + ms, 0);
console.log(`${articles} articles, ${passageCount} passages, tree ${tree}`);
for (const [stage, ms] of Object.entries(stages)) {
  console.log(
    `${stage.padEnd(9)} ${(ms / articles).toFixed(2)} ms an article (${((100 * ms) / total).toFixed(0)} %)`,
  );
}
console.log(`total     ${(total / articles).toFixed(2)} ms an article`);
if (out) writeFileSync(out, `${hashes.join('\n')}\n`);
