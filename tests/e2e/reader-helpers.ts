import type { Locator, Page } from '@playwright/test';
import { DocumentsRepository } from '../../src/main/db/repositories/documents.repo';
import { PassagesRepository } from '../../src/main/db/repositories/passages.repo';
import { segment } from '../../src/main/services/import/segment';
import { dropFiles, expect, type DroppedFile, type RunningApp } from './fixtures';

/**
 * Past dates only, no publish date: the article is not older than 14 March 2024, and that is all
 * the text says, so the import's estimate runs from that day to the file's time ("or later").
 */
export const openEndedArticle = {
  name: 'pont-valmont.txt',
  bytes: [
    'Bilan des travaux du pont de Valmont',
    '',
    'Les travaux du pont de Valmont, commencés le 3 février 2024, se sont achevés le 14 mars 2024 après six semaines de fermeture à la circulation.',
    '',
    'Le maire a rappelé que la rénovation avait été votée le 12 décembre 2023 par le conseil municipal, pour un budget de 1,2 million d’euros.',
  ].join('\n'),
};

/** Stores a French document straight into the corpus (zero vectors), returning its id. */
export function storeDocument(app: RunningApp, title: string, text: string): number {
  const id = new DocumentsRepository(app.corpus.db).insert({
    contentHash: `test-${title}`,
    fileName: `${title}.txt`,
    format: 'txt',
    title,
    outlet: null,
    author: null,
    url: null,
    language: 'fr',
    publishedAt: null,
    publishedAtSource: null,
    original: new TextEncoder().encode(text),
    text,
  });
  const vector = new Float32Array(256);
  new PassagesRepository(app.corpus.db).insertMany(
    id,
    segment(text).map((part, ordinal) => ({ ...part, ordinal, vector })),
  );
  return id;
}

/** Drops files, waits until every one is imported, and closes the import panel. */
export async function importFiles(page: Page, files: DroppedFile[]): Promise<void> {
  await dropFiles(page, files);
  const panel = page.getByRole('region', { name: 'Import' });
  await expect(panel.locator('[data-status="imported"]')).toHaveCount(files.length);
  await panel.getByRole('button', { name: 'Close' }).click();
}

/** Opens the app, imports files and opens the first document of the library. */
export async function openImported(page: Page, app: RunningApp, files: DroppedFile[]) {
  await page.goto(app.url);
  await importFiles(page, files);
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button').first().click();
  // The reader's keys listen once the document is drawn.
  await expect(page.locator('.passage').first()).toBeVisible();
}

/**
 * Selects `text` inside `within` the way a person does: press the mouse before its first
 * character and drag to after its last one.
 */
export async function selectText(page: Page, within: Locator, text: string): Promise<void> {
  const box = await within.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let content = '';
    const nodes: { node: Text; from: number }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, from: content.length });
      content += node.textContent ?? '';
    }
    // The reader may show non-breaking spaces where the text has plain ones.
    const at = content.replace(/[\u00a0\u202f]/g, ' ').indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in the element`);
    const point = (offset: number) => {
      const holder = nodes.filter((entry) => entry.from <= offset).at(-1)!;
      return { node: holder.node, offset: offset - holder.from };
    };
    const rectOf = (offset: number) => {
      const { node, offset: inside } = point(offset);
      const range = document.createRange();
      range.setStart(node, inside);
      range.setEnd(node, inside + 1);
      return range.getBoundingClientRect();
    };
    const first = rectOf(at);
    const last = rectOf(at + wanted.length - 1);
    return {
      x1: first.left + 1,
      y1: first.top + first.height / 2,
      x2: last.right - 1,
      y2: last.top + last.height / 2,
    };
  }, text);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** Waits for the highlight editor that opens after highlighting, and closes it with Escape. */
export async function closeEditor(page: Page): Promise<void> {
  const editor = page.getByRole('dialog', { name: 'Highlight' });
  await expect(editor).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
}
