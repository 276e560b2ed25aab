import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedsDir } from '../support/temp-corpus';
import { dropFiles, expect, test } from './fixtures';

test('on the seed corpus: quote three articles, export, reopen with backlinks intact', async ({
  page,
  app,
}) => {
  test.skip(!existsSync(seedsDir), `the seed corpus is not at ${seedsDir}`);
  const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'));
  await page.goto(app.url);
  await dropFiles(
    page,
    seeds.map((name) => ({ name, bytes: [...readFileSync(join(seedsDir, name))] })),
  );
  await expect(page.locator('[data-status="imported"]')).toHaveCount(seeds.length);
  await page.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('tab', { name: 'Note' }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  await page
    .getByRole('textbox', { name: 'Note title' })
    .fill('Soldats nord-coréens : trois sources');
  await page.getByRole('textbox', { name: 'Note title' }).press('Enter');
  const editor = page.getByRole('textbox', { name: 'Note text' });
  const library = page.getByRole('navigation', { name: 'Library' }).getByRole('button');
  const grip = page.getByRole('button', { name: /Drag this passage into the note/ });
  const quoted: string[] = [];
  for (let index = 0; index < 3; index++) {
    await library.nth(index).click();
    // The longest passage of each article: real prose rather than a menu line.
    const passages = page.locator('.reader .passage');
    await expect(passages.first()).toBeVisible();
    const texts = await passages.allTextContents();
    const longest = texts.reduce((best, text) => (text.length > best.length ? text : best));
    quoted.push(longest);
    await passages
      .filter({ hasText: longest.slice(0, 60) })
      .first()
      .hover();
    await grip.dragTo(editor);
    await expect(editor.locator('.note-quote')).toHaveCount(index + 1);
  }
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await page.getByRole('button', { name: 'Export…' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /Save file/ }).click();
  const markdown = readFileSync(await (await downloading).path(), 'utf8');
  expect(markdown.match(/^> /gm)).toHaveLength(3);
  expect(markdown.match(/^— /gm)).toHaveLength(3);
  const sources = markdown.slice(markdown.indexOf('## Sources'));
  expect(sources.match(/^- /gm)).toHaveLength(3);

  const pandoc = spawnSync('pandoc', ['-f', 'commonmark_x-smart', '-t', 'plain', '--wrap=none'], {
    input: markdown,
    encoding: 'utf8',
  });
  if (pandoc.status === null) console.log('pandoc check skipped: pandoc is not installed');
  else {
    expect(pandoc.status).toBe(0);
    const plain = pandoc.stdout.replace(/\s+/g, ' ');
    for (const text of quoted) expect(plain).toContain(text.replace(/\s+/g, ' ').slice(0, 50));
  }

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Note text' }).locator('.note-quote')).toHaveCount(
    3,
  );
  await page.getByRole('tab', { name: 'Context' }).click();
  await library.nth(1).click();
  await page
    .locator('.reader .passage', { hasText: quoted[1]!.slice(0, 60) })
    .first()
    .click();
  await expect(
    page.getByRole('region', { name: 'Cited in notes' }).getByRole('button'),
  ).toContainText('Soldats nord-coréens : trois sources');
  await page.screenshot({ path: 'test-results/notes-seeds-backlinks.png' });
});
