import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded generator (mulberry32), so a failing crash run can be replayed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const words = [
  'crue',
  'rivière',
  'préfecture',
  'habitants',
  'évacués',
  'digue',
  'maire',
  'pompiers',
  'flood',
  'river',
  'mayor',
  'residents',
  'evacuated',
  'bridge',
  'rain',
  'levels',
  'enquête',
  'témoin',
  'selon',
  'rapport',
  'millimètres',
  'décembre',
  'mairie',
  'ponts',
];

/** The word that only file `index` contains, to find its passages by full-text search. */
export function markerWord(index: number): string {
  return `zqmarker${index}x`;
}

/**
 * Writes `count` articles of 2 to 40 KB (plain text and Markdown), each with its own marker
 * word in every paragraph, and returns their paths in import order.
 */
export function writeBatch(folder: string, count: number, seed = 1): string[] {
  mkdirSync(folder, { recursive: true });
  const next = random(seed);
  const paths: string[] = [];
  for (let index = 0; index < count; index++) {
    const paragraphs: string[] = [];
    const target = 2000 + Math.floor(next() * 38_000);
    let size = 0;
    while (size < target) {
      const length = 20 + Math.floor(next() * 160);
      const sentence = Array.from({ length }, () => words[Math.floor(next() * words.length)]).join(
        ' ',
      );
      const paragraph = `${markerWord(index)} ${sentence}.`;
      paragraphs.push(paragraph);
      size += paragraph.length;
    }
    const markdown = index % 3 === 0;
    const name = `article-${String(index).padStart(4, '0')}.${markdown ? 'md' : 'txt'}`;
    const title = `Article numéro ${index} sur la crue de la rivière`;
    const body = markdown
      ? `# ${title}\n\n${paragraphs.join('\n\n')}`
      : `${title}\n\n${paragraphs.join('\n\n')}`;
    writeFileSync(join(folder, name), body);
    paths.push(join(folder, name));
  }
  return paths;
}

/** The autosaved draft for save number `version`: its size varies so pages grow and shrink. */
export function draftBody(version: number): string {
  const line = `Version ${version} du brouillon : la crue a touché ${version * 3} maisons.\n`;
  return line.repeat(1 + ((version * 37) % 300));
}

/** The settings key the autosave stand-in writes (until notes land, then a note row). */
export const DRAFT_KEY = 'crash-test-draft';
