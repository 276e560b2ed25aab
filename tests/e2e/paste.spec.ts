import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonExport } from '../support/telegram-export';
import { seedsDir } from '../support/temp-corpus';
import { dropFiles, expect, test } from './fixtures';

test.describe('paste and Telegram', () => {
  // Imports run on a machine shared with other work: the waits allow for it.
  test.setTimeout(90_000);
  test('Ctrl+V on the library makes a document of the clipboard, with the fields given', async ({
    page,
    app,
  }, testInfo) => {
    await page.goto(app.url);
    await page.getByRole('navigation', { name: 'Library' }).click();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData(
        'text/plain',
        '« Nous tiendrons », a écrit sur Telegram le chef de l’administration présidentielle.',
      );
      data.setData(
        'text/html',
        '<meta charset="utf-8"><p>« Nous tiendrons », a écrit sur <b>Telegram</b> le chef de l’administration présidentielle.</p>',
      );
      document.body.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    const dialog = page.getByRole('dialog', { name: 'New document from the clipboard' });
    await expect(dialog).toContainText('Formatted text (HTML)');
    await dialog.getByLabel('Outlet').fill('Telegram');
    await dialog.getByLabel('Published').fill('2024-10-28T07:52+02:00');
    await page.screenshot({ path: testInfo.outputPath('paste-dialog.png') });
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    const reader = page.locator('article.reader');
    await expect(reader.locator('.reader__text')).toContainText(
      '« Nous tiendrons », a écrit sur Telegram',
    );
    await expect(reader.locator('.reader__meta')).toContainText('Telegram');
    await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('Nous tiendrons');
  });

  test('a dropped result.json imports as one item; the channel’s public name is asked once', async ({
    page,
    app,
  }, testInfo) => {
    await page.goto(app.url);
    const unix = Date.UTC(2024, 9, 28, 5, 52) / 1000;
    const bytes = jsonExport(
      {
        name: 'Le Fil Info',
        type: 'public_channel',
        id: 42,
        messages: [
          { id: 1, unix: unix - 60, service: 'created the channel' },
          { id: 2, unix, parts: ['Première ', { type: 'bold', text: 'dépêche' }, ' du jour 🇫🇷.'] },
          { id: 3, unix: unix + 60, photo: true },
        ],
      },
      60,
    );
    await dropFiles(page, [{ name: 'result.json', bytes }]);
    const panel = page.getByRole('region', { name: 'Import' });
    await expect(panel.locator('[data-status="imported"]')).toHaveCount(1, { timeout: 20_000 });
    await expect(panel).toContainText(
      'Telegram “Le Fil Info”: 1 post imported · 1 without text (media only) not imported · 1 service message skipped',
    );
    await panel.getByLabel(/Public name of “Le Fil Info”/).fill('t.me/lefilinfo');
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(panel).toContainText('Posts link to t.me/lefilinfo/…');
    await page.screenshot({ path: testInfo.outputPath('telegram-import.png') });
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByText('Première dépêche du jour')
      .click();
    await expect(page.locator('article.reader .reader__meta')).toContainText('Le Fil Info');
  });

  test('Cross-check pairs a sample article’s Telegram quotation with the post, marked primary and first', async ({
    page,
    app,
  }, testInfo) => {
    await page.goto(app.url);
    // The sample article is read at run time, never copied into the project.
    const article = readFileSync(join(seedsDir, '001_0af1c462c92bf4cd.txt'));
    const post = jsonExport(
      {
        name: 'Andriy Yermak',
        type: 'public_channel',
        id: 3001,
        messages: [
          {
            id: 120,
            unix: Date.UTC(2024, 9, 29, 4, 5) / 1000,
            parts: [
              'Poutine est en train de lancer une attaque de missiles sur Kiev. Restez aux abris.',
            ],
          },
        ],
      },
      120,
    );
    await dropFiles(page, [
      { name: 'article.txt', bytes: [...article] },
      { name: 'result.json', bytes: post },
    ]);
    const panel = page.getByRole('region', { name: 'Import' });
    await expect(panel.locator('[data-status="imported"]')).toHaveCount(2, { timeout: 30_000 });
    await page.getByRole('radio', { name: 'Cross-check' }).click();
    const cluster = page.locator('.cluster', { hasText: 'Primary source in the corpus' });
    await expect(cluster).toContainText('First: Andriy Yermak');
    await cluster.getByRole('button', { name: 'Compare side by side' }).click();
    const compare = page.getByRole('region', { name: 'Side by side' });
    await expect(compare).toContainText('Primary source: the post the articles quote');
    await expect(compare.locator('del')).toHaveText('missiles');
    await page.screenshot({ path: testInfo.outputPath('primary-source.png') });
  });
});
