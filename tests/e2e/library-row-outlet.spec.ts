import { dropFiles, expect, test } from './fixtures';
import { expectCleanLayout, WINDOW_SIZES } from './layout-checks';
import { switchToFrench } from './locale-helpers';
import { openEndedArticle } from './reader-helpers';

// No outlet and a date the text only bounds from below: the row's source line is "unknown
// outlet · Mar 14, 2024 or later · estimated", too long for a 1024-pixel window's library pane.
const outlets = { en: 'unknown outlet', fr: 'média inconnu' } as const;

test('a library row never cuts a short outlet to make room for its date; the row grows instead', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await page.goto(app.url);
  await dropFiles(page, [openEndedArticle]);
  const panel = page.getByRole('region', { name: 'Import' });
  await expect(panel.locator('[data-status="imported"]')).toHaveCount(1, { timeout: 60_000 });
  await panel.getByRole('button', { name: 'Close' }).click();

  for (const language of ['en', 'fr'] as const) {
    if (language === 'fr') await switchToFrench(page);
    const row = page.locator('.document-list__item', { hasText: 'pont de Valmont' });
    for (const size of WINDOW_SIZES) {
      await page.setViewportSize(size);
      const at = `${size.width}x${size.height}-${language}`;
      await expect(row.locator('.source-line__outlet')).toHaveText(outlets[language]);
      const drawn = await row.evaluate((button) => {
        const whole = (selector: string) => {
          const element = button.querySelector(selector)!;
          return element.scrollWidth <= element.clientWidth + 1;
        };
        const box = button.getBoundingClientRect();
        const inside = [...button.children].every(
          (child) => child.getBoundingClientRect().bottom <= box.bottom + 0.5,
        );
        return {
          outlet: whole('.source-line__outlet'),
          date: whole('.source-line__estimate'),
          basis: whole('.source-line__basis'),
          inside,
        };
      });
      expect(drawn, at).toEqual({ outlet: true, date: true, basis: true, inside: true });
      await expectCleanLayout(page, `library row at ${at}`);
      await page.screenshot({ path: `test-results/library-row-outlet-${at}.png` });
    }
  }
});
