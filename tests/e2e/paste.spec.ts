import { jsonExport } from '../support/telegram-export';
import { dropFiles, expect, test } from './fixtures';

test.describe('paste and Telegram', () => {
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
    await expect(dialog).toBeHidden();
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
    await expect(panel.locator('[data-status="imported"]')).toHaveCount(1);
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
});
