import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { prepareDocument } from '../src/main/services/import/preparation';

// `npx tsx bench/fixtures-compare.ts DIR [FOLDER]`: the article text this tree's import keeps from each
// file of tests/fixtures against the text kept by an earlier tree's (DIR holding `git archive
// <commit> src` with node_modules linked), line by line: a model that scores well on the
// extraction set may still set aside a paragraph of the project's own short articles.
const earlier = (
  (await import(join(process.argv[2]!, 'src/main/services/import/preparation.ts'))) as {
    prepareDocument: typeof prepareDocument;
  }
).prepareDocument;
// A second argument names another folder of articles (the sample corpus, ../shared/corpus/seeds).
const folder = process.argv[3] ?? join(import.meta.dirname, '../tests/fixtures');
const lines = (text: string) =>
  new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
for (const file of readdirSync(folder)) {
  if (statSync(join(folder, file)).isDirectory()) continue;
  const bytes = readFileSync(join(folder, file));
  const mine = lines((await prepareDocument(bytes, file)).content.text);
  const theirs = lines((await earlier(bytes, file)).content.text);
  const lost = [...theirs].filter((line) => !mine.has(line));
  const gained = [...mine].filter((line) => !theirs.has(line));
  console.log(lost.length || gained.length ? 'differs' : 'same   ', file);
  for (const line of lost) console.log('  only before:', line.slice(0, 140));
  for (const line of gained) console.log('  only now:   ', line.slice(0, 140));
}
