import { join } from 'node:path';
import { expect, fixturesDir, test } from './fixtures';

const articles = ['crue-valmont-courrier.txt', 'crue-valmont-gazette.txt', 'brenne-flood-wire.md'];

test('re-processes every document from the status bar, after an automatic backup', async ({
  page,
  app,
}) => {
  await app.corpus.handlers['corpus:import']({
    sources: articles.map((file) => ({ kind: 'path' as const, path: join(fixturesDir, file) })),
  });
  await page.goto(app.url);
  const trigger = page.getByRole('button', { name: 'Re-process all…' });
  await trigger.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Re-process every document' });
  await expect(dialog).toContainText('a checked backup is taken first');
  await dialog.getByRole('button', { name: 'Re-process every document' }).click();
  await expect(dialog).toContainText('Done: 3 documents re-processed');
  await expect(dialog.getByRole('progressbar')).toHaveJSProperty('value', 3);
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeInViewport();
    await page.screenshot({ path: `test-results/reprocess-all-${width}x${height}.png` });
  }
  await page.keyboard.press('Escape');
  await expect(trigger).toBeFocused();

  await page.getByRole('button', { name: 'Backups…' }).click();
  const backups = page.getByRole('dialog', { name: 'Automatic backups' });
  await expect(
    backups.getByRole('list', { name: 'Backups kept' }).getByRole('listitem'),
  ).toHaveCount(1);
});
