import { dropFiles, expect, test } from './fixtures';

// A Markdown article full of active content: scripts, event handlers, javascript: links,
// iframes, remote images, objects, a meta refresh. Imported through the UI, it must display
// as inert text: no dialog, no script, no request leaving the app, no element created from it.
test('a hostile Markdown file imports and displays as inert text', async ({ page, app }) => {
  const dialogs: string[] = [];
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(app.url).origin;
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) foreignRequests.push(request.url());
  });

  await page.goto(app.url);
  await dropFiles(page, ['hostile-article.md']);
  await expect(
    page.getByRole('region', { name: 'Import' }).locator('[data-status="imported"]'),
  ).toHaveCount(1);
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /un article piégé/ })
    .click();

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

  // Nothing from the file became an element, ran, or loaded.
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
  ]) {
    await expect(reader.locator(`.reader__text ${selector}`)).toHaveCount(0);
  }
  await page.locator('.passage', { hasText: 'cliquer ici' }).click();
  await page.waitForTimeout(500);
  expect(
    await page.evaluate(() => (window as { recoupePwned?: string }).recoupePwned),
  ).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(foreignRequests).toEqual([]);
  expect(errors).toEqual([]);
  await expect(page.locator('body')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`^${origin}/document/\\d+`));
  await page.screenshot({ path: 'test-results/hostile-markdown.png', fullPage: true });
});
