import { readFileSync } from 'node:fs';
import { dropFiles, expect, test } from './fixtures';
import { expectCleanLayout, WINDOW_SIZES } from './layout-checks';
import { openEndedArticle, selectText } from './reader-helpers';

const articles = ['crue-valmont-courrier.txt', 'crue-valmont-undated.txt'];

test.describe('who published it and when', () => {
  test('editing an outlet in the reader changes the note citing it and its next Markdown export', async ({
    page,
    app,
  }) => {
    await page.goto(app.url);
    await dropFiles(page, articles);
    await expect(page.locator('[data-status="imported"]')).toHaveCount(2, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Close' }).click();
    const library = page.getByRole('navigation', { name: 'Library' });
    await library.getByRole('button', { name: /Crue de la Brenne/ }).click();
    await expect(page.locator('.passage').first()).toBeVisible();

    await page.getByRole('tab', { name: 'Note' }).click();
    await page.getByRole('button', { name: 'New note' }).click();
    const titleField = page.getByRole('textbox', { name: 'Note title' });
    await titleField.fill('Sources de la crue');
    await titleField.press('Enter');
    await selectText(
      page,
      page.locator('.passage', { hasText: '86 interventions' }),
      '86 interventions',
    );
    await page.getByRole('button', { name: 'Quote in note' }).click();
    const quote = page.getByRole('textbox', { name: 'Note text' }).locator('.note-quote');
    await expect(quote.locator('blockquote')).toHaveText('86 interventions');
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    // The outlet, corrected in place in the reader header, from the keyboard.
    const outlet = page.getByRole('button', { name: /^Edit outlet/ });
    await outlet.focus();
    await page.keyboard.press('Enter');
    const box = page.getByRole('textbox', { name: 'Edit outlet' });
    await box.fill('Le Courrier de la Brenne');
    await box.press('Enter');
    await expect(
      page.getByRole('button', { name: /^Edit outlet: Le Courrier de la Brenne/ }),
    ).toBeVisible();
    // The citation in the open note draws the corrected outlet at once.
    await expect(quote.locator('figcaption')).toContainText('Le Courrier de la Brenne');

    await page.getByRole('button', { name: 'Export…' }).click();
    const preview = page.getByLabel(/Preview of Sources de la crue\.md/);
    await expect(preview).toContainText('Le Courrier de la Brenne');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /Save file/ }).click();
    const markdown = readFileSync(await (await downloading).path(), 'utf8');
    expect(markdown).toMatch(/— Le Courrier de la Brenne, \*Crue de la Brenne/);
  });

  test('an estimated date shows as one, with its evidence, and is accepted in one click', async ({
    page,
    app,
  }) => {
    await page.goto(app.url);
    await dropFiles(page, articles);
    await expect(page.locator('[data-status="imported"]')).toHaveCount(2, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Close' }).click();
    const library = page.getByRole('navigation', { name: 'Library' });
    const row = library.getByRole('button', { name: /sinistrés de la Brenne/ });
    // Dated a week either side of its related article: a range, worded as its evidence words it.
    const range = /Mar 7\s–\s\d+, 2025/;
    await expect(row).toContainText(range);
    await expect(row).not.toContainText('≈');
    await expect(row).toContainText('estimated');
    await row.click();
    const date = page.getByRole('button', { name: /^Edit publish date/ });
    await expect(date).toContainText('estimated');
    await page.getByRole('button', { name: 'Evidence', exact: true }).click();
    const evidence = page.getByRole('region', { name: /Why Recoupe gives this date/ });
    const shown = (await date.textContent())!.match(range)![0];
    await expect(evidence).toContainText(`Possible dates: ${shown}`);
    await expect(evidence).toContainText('Related article');
    await expect(evidence).toContainText('Nous n’avions pas vu un tel niveau depuis 1982');
    await expect(evidence).toContainText('photo credits name who took the pictures');
    await page.screenshot({ path: 'test-results/attribution-evidence.png' });

    // Article details stays open beside the header and follows the accepted date.
    await page.getByRole('button', { name: 'Article details…' }).click();
    const details = page.getByRole('region', { name: 'Article details' });
    await expect(details).toContainText('Published');
    await expect(details).not.toContainText('set by you');
    // The header shows a range: the button names the one day accepting it sets. From the
    // keyboard: the button leaves once pressed, and the focus goes to the date.
    await page.getByRole('button', { name: 'Accept Mar 14, 2025' }).focus();
    await page.keyboard.press('Enter');
    await expect(date).toContainText('set by you');
    await expect(date).toBeFocused();
    await expect(date).not.toContainText('≈');
    await expect(details).toContainText('Published · set by you');
    expect(
      app.corpus.db
        .prepare("SELECT published_basis FROM documents WHERE title LIKE 'Valmont%'")
        .get(),
    ).toEqual({ published_basis: 'user' });
  });

  test('an estimate known as a range reads as that range in the header and its evidence, in both languages', async ({
    page,
    app,
  }) => {
    test.setTimeout(120_000);
    await page.goto(app.url);
    await dropFiles(page, articles);
    await expect(page.locator('[data-status="imported"]')).toHaveCount(2, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Close' }).click();
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('button', { name: /sinistrés de la Brenne/ })
      .click();
    await page.getByRole('button', { name: 'Evidence', exact: true }).click();
    const words = {
      en: { range: /Mar 7\s–\s\d+, 2025/, possible: 'Possible dates: ', accept: 'Accept' },
      fr: { range: /7–\d+ mars 2025/, possible: 'Dates possibles\u00a0: ', accept: 'Retenir le' },
    };
    for (const language of ['en', 'fr'] as const) {
      const t = words[language];
      if (language === 'fr') {
        await page.getByRole('button', { name: 'Language' }).click();
        await page.getByRole('option', { name: 'Français' }).click();
      }
      const header = page.locator('.reader__meta');
      await expect(header).toContainText(t.range);
      await expect(header).not.toContainText('≈');
      const shown = (await header.textContent())!.match(t.range)![0];
      await expect(page.locator('.evidence-list')).toContainText(`${t.possible}${shown}`);
      await expect(header.locator('.meta-accept')).toContainText(`${t.accept} `);
      for (const size of WINDOW_SIZES) {
        await page.setViewportSize(size);
        const at = `${size.width}x${size.height}-${language}`;
        await expectCleanLayout(page, `reader header at ${at}`);
        await page.screenshot({ path: `test-results/range-estimate-${at}.png` });
      }
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  test('a date the text only bounds from below reads "or later", with no day to accept', async ({
    page,
    app,
  }) => {
    await page.goto(app.url);
    await dropFiles(page, [openEndedArticle]);
    await expect(page.locator('[data-status="imported"]')).toHaveCount(1, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Close' }).click();
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('button', { name: /pont de Valmont/ })
      .click();
    const date = page.getByRole('button', { name: /^Edit publish date/ });
    await expect(date).toContainText('Mar 14, 2024 or later · estimated');
    await expect(date).not.toContainText('≈');
    await expect(page.getByRole('button', { name: 'Accept estimate' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Français' }).click();
    await expect(page.getByRole('button', { name: /^Modifier la date/ })).toContainText(
      'le 14 mars 2024 ou après',
    );
    await page.screenshot({ path: 'test-results/attribution-or-later.png' });
  });
});
