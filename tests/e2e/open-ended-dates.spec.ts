import { dropFiles, expect, importFixtures, test } from './fixtures';
import { expectCleanLayout, WINDOW_SIZES } from './layout-checks';
import { openEndedArticle, selectText } from './reader-helpers';

// A long outlet, so the library row's date has to hold its own against it.
const longOutlet = 'La Gazette du Centre et de la Vallée de la Brenne';

const words = {
  en: {
    library: 'Library',
    search: 'Search passages',
    orLater: 'Mar 14, 2024 or later',
    full: 'Mar 14, 2024 or later · estimated',
    range: /Mar 7\s–\s\d+, 2025/,
  },
  fr: {
    library: 'Bibliothèque',
    search: 'Rechercher des passages',
    orLater: 'le 14 mars 2024 ou après',
    full: 'le 14 mars 2024 ou après · estimée',
    range: /7–\d+ mars 2025/,
  },
} as const;

test('a date the import only bounds from below reads "or later" in the library, search and notes', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await page.goto(app.url);
  // An estimate with a likely day beside it, to see both wordings side by side.
  await importFixtures(page, ['crue-valmont-courrier.txt', 'crue-valmont-undated.txt']);
  await dropFiles(page, [openEndedArticle]);
  await expect(
    page.getByRole('region', { name: 'Import' }).locator('[data-status="imported"]'),
  ).toHaveCount(3, { timeout: 60_000 });
  expect(
    app.corpus.db
      .prepare(
        `SELECT published_basis AS basis, published_precision AS precision,
           published_earliest AS earliest FROM documents WHERE title LIKE '%pont de Valmont%'`,
      )
      .get(),
  ).toEqual({ basis: 'estimated', precision: 'range', earliest: '2024-03-14' });
  app.corpus.db
    .prepare("UPDATE documents SET outlet = ? WHERE title LIKE '%pont de Valmont%'")
    .run(longOutlet);
  await page.reload();

  const checkViews = async (language: 'en' | 'fr') => {
    const t = words[language];
    const library = page.getByRole('navigation', { name: t.library });
    const row = library.getByRole('button', { name: /pont de Valmont/ });
    await expect(row).toContainText(t.orLater);
    await expect(row).not.toContainText('≈');
    // The word "estimated" shows in the row, as in the reader header; the date's tooltip holds
    // the whole wording for a pane dragged too narrow for it.
    await expect(row).toContainText(t.full);
    await expect(row.locator('.source-line__estimate')).toHaveAttribute('title', t.full);
    // The other estimate, a closed range, reads as that range.
    await expect(library.getByRole('button', { name: /sinistrés de la Brenne/ })).toContainText(
      t.range,
    );

    // Ctrl+K opens the command palette; the search field is focused as a click would.
    await page.getByRole('searchbox', { name: t.search }).focus();
    await page.keyboard.type('pont');
    const results = page.getByRole('listbox', { name: t.search });
    const hit = results.getByRole('option').filter({ hasText: 'travaux du pont' });
    await expect(hit).toContainText(t.full);
    await expect(hit).not.toContainText('≈');
    for (const size of WINDOW_SIZES) {
      await page.setViewportSize(size);
      const at = `${size.width}x${size.height}-${language}`;
      await expect(hit).toBeVisible();
      await expectCleanLayout(page, `search at ${at}`);
      await page.screenshot({ path: `test-results/open-ended-search-${at}.png` });
    }
    await page.keyboard.press('Escape');
    await expect(results).toHaveCount(0);
    for (const size of WINDOW_SIZES) {
      await page.setViewportSize(size);
      const at = `${size.width}x${size.height}-${language}`;
      await expect(row).toBeVisible();
      await expectCleanLayout(page, `library at ${at}`);
      // The whole wording shows in the row at the default pane width: not cut, not ellipsized.
      const date = row.locator('.source-line__estimate');
      expect(
        await date.evaluate((element) => {
          const box = element.getBoundingClientRect();
          const meta = element.closest('.document-list__meta')!.getBoundingClientRect();
          return element.scrollWidth <= element.clientWidth && box.right <= meta.right + 0.5;
        }),
        `${at}: the row's date fits`,
      ).toBe(true);
      await page.screenshot({ path: `test-results/open-ended-library-${at}.png` });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  };

  await checkViews('en');

  // A note citing the document words its date the same way.
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /pont de Valmont/ })
    .click();
  await page.getByRole('tab', { name: 'Note' }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  const titleField = page.getByRole('textbox', { name: 'Note title' });
  await titleField.fill('Le pont');
  await titleField.press('Enter');
  await selectText(
    page,
    page.locator('.passage', { hasText: 'six semaines' }),
    'six semaines de fermeture',
  );
  await page.getByRole('button', { name: 'Quote in note' }).click();
  const quote = page.getByRole('textbox', { name: 'Note text' }).locator('.note-quote');
  await expect(quote.locator('figcaption')).toContainText(words.en.full);
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await page.getByRole('button', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'Français' }).click();
  // The note's text box is named in French now: the quotation is found by its own class.
  await expect(page.locator('.note-quote figcaption')).toContainText(words.fr.full);
  await checkViews('fr');
});
