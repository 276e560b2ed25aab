import type { Page } from '@playwright/test';
import { dropFiles, expect, test } from './fixtures';

/** Records what a page does that imported content must never make it do. */
function watch(page: Page, appUrl: string) {
  const seen = { dialogs: [] as string[], errors: [] as string[], foreignRequests: [] as string[] };
  const origin = new URL(appUrl).origin;
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) seen.foreignRequests.push(request.url());
  });
  return { origin, seen };
}

/** Drops one fixture on the app and opens the document it makes from the library. */
async function importAndOpen(page: Page, appUrl: string, file: string, title: RegExp) {
  await page.goto(appUrl);
  await dropFiles(page, [file]);
  await expect(
    page.getByRole('region', { name: 'Import' }).locator('[data-status="imported"]'),
  ).toHaveCount(1);
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: title })
    .click();
}

/** Asserts that nothing from the file became an element, ran, or loaded. */
async function expectInert(page: Page, seen: ReturnType<typeof watch>['seen'], origin: string) {
  const reader = page.locator('.reader');
  for (const selector of [
    'script',
    'img',
    'iframe',
    'object',
    'embed',
    'svg',
    'style',
    'a',
    'meta',
    'base',
    'link',
    'form',
    'video',
  ]) {
    await expect(reader.locator(`.reader__text ${selector}`)).toHaveCount(0);
  }
  await page.waitForTimeout(500);
  expect(
    await page.evaluate(() => (window as { recoupePwned?: string }).recoupePwned),
  ).toBeUndefined();
  // A <base href> or refresh from the file would have taken the app elsewhere.
  expect(await page.evaluate(() => document.baseURI.startsWith(location.origin))).toBe(true);
  expect(seen.dialogs).toEqual([]);
  expect(seen.foreignRequests).toEqual([]);
  expect(seen.errors).toEqual([]);
  await expect(page.locator('body')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`^${origin}/document/\\d+`));
}

// A Markdown article full of active content: scripts, event handlers, javascript: links,
// iframes, remote images, objects, a meta refresh. Imported through the UI, it must display
// as inert text: no dialog, no script, no request leaving the app, no element created from it.
test('a hostile Markdown file imports and displays as inert text', async ({ page, app }) => {
  const { origin, seen } = watch(page, app.url);
  await importAndOpen(page, app.url, 'hostile-article.md', /un article piégé/);

  const reader = page.locator('.reader');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
    'Crue de la Brenne : un article piégé',
  );
  // The markup is shown as the characters it is made of.
  await expect(reader.getByText("<script>window.recoupePwned = 'script'")).toBeVisible();
  await expect(reader.getByText('<img src=x onerror=')).toBeVisible();
  await expect(reader.getByText('<iframe src="https://example.com/embed"')).toBeVisible();
  await expect(reader.getByText('Les pompiers ont évacué 1 200 habitants')).toBeVisible();
  // Link and image syntax keep their words and lose their targets.
  await expect(reader.getByText('de cliquer ici pour lire')).toBeVisible();
  await expect(reader.getByText('Photo de la crue', { exact: true })).toBeVisible();

  await page.locator('.passage', { hasText: 'cliquer ici' }).click();
  await expectInert(page, seen, origin);
  await page.screenshot({ path: 'test-results/hostile-markdown.png', fullPage: true });
});

// A saved web page with every way HTML has to run or fetch something: scripts (inline, remote,
// in SVG, in srcdoc), inline handlers, javascript: links, iframes, remote images, stylesheets
// and media, a <base href> and a meta refresh. Only its words may reach the reader.
test('a hostile web page imports and displays only its words, as inert text', async ({
  page,
  app,
}) => {
  const { origin, seen } = watch(page, app.url);
  await importAndOpen(page, app.url, 'hostile-page.html', /booby-trapped page/);

  const reader = page.locator('.reader');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
    'Saint-Aubin levee holds: a booby-trapped page',
  );
  await expect(
    reader.getByText('The levee at Saint-Aubin held through Tuesday night'),
  ).toBeVisible();
  await expect(reader.getByText('Firefighters moved 800 residents')).toBeVisible();
  // A link keeps its words and loses its target; quoted markup stays characters.
  await expect(reader.getByText('Residents were asked to click here for the notice')).toBeVisible();
  await expect(reader.getByText("<script>alert('quoted')</script>")).toBeVisible();
  await expect(reader.getByText('replaced by a script')).toHaveCount(0);
  await page.locator('.passage', { hasText: 'click here for the notice' }).click();
  await expectInert(page, seen, origin);
  await page.screenshot({ path: 'test-results/hostile-page.png', fullPage: true });
});
