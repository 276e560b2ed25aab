import { expect, importFixtures, dropFiles, test } from './fixtures';
import { expectAccessible, expectCleanLayout, WINDOW_SIZES } from './layout-checks';
import { switchToFrench } from './locale-helpers';
import { openEndedArticle } from './reader-helpers';

const words = {
  en: {
    library: 'Library',
    search: 'Search passages',
    details: 'Article details',
    orLater: 'Mar 14, 2024 or later · estimated',
    basis: { stated: 'stated', metadata: 'metadata', estimated: 'estimated', user: 'set by you' },
  },
  fr: {
    library: 'Bibliothèque',
    search: 'Rechercher des passages',
    details: 'Détails de l’article',
    orLater: 'le 14 mars 2024 ou après · estimée',
    basis: {
      stated: 'indiquée',
      metadata: 'métadonnées',
      estimated: 'estimée',
      user: 'fixée par vous',
    },
  },
} as const;

type Basis = keyof (typeof words)['en']['basis'];

test('Article details words an open-ended estimate "or later", as the other views do', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await dropFiles(page, [openEndedArticle]);
  const panel = page.getByRole('region', { name: 'Import' });
  await expect(panel.locator('[data-status="imported"]')).toHaveCount(1, { timeout: 60_000 });
  await panel.getByRole('button', { name: 'Close' }).click();
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /pont de Valmont/ })
    .click();
  await page.getByRole('button', { name: 'Article details…' }).click();

  for (const language of ['en', 'fr'] as const) {
    const t = words[language];
    if (language === 'fr') await switchToFrench(page);
    const details = page.getByRole('region', { name: t.details });
    const published = details.getByRole('textbox', { name: /^(Published|Publié le)/ });
    // The box holds the day to correct; under it, the date as every other view words it.
    await expect(published).toHaveValue(/^2024-03-14/);
    await expect(published).toHaveAccessibleDescription(t.orLater);
    await expect(details).toContainText(t.orLater);
    await expect(page.locator('.reader__meta')).toContainText(t.orLater);
    for (const size of WINDOW_SIZES) {
      await page.setViewportSize(size);
      const at = `${size.width}x${size.height}-${language}`;
      await published.scrollIntoViewIfNeeded();
      await expectCleanLayout(page, `article details at ${at}`);
      await page.screenshot({ path: `test-results/details-or-later-${at}.png` });
    }
    await expectAccessible(page, `article details (${language})`);
    await page.setViewportSize({ width: 1440, height: 900 });
  }
});

test('library rows and search results say how each date is known, visibly, in both languages', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await page.goto(app.url);
  await importFixtures(page, [
    'crue-valmont-courrier.txt',
    'digue-valmont-page.html',
    'crue-valmont-gazette.txt',
  ]);
  await dropFiles(page, [openEndedArticle]);
  await expect(
    page.getByRole('region', { name: 'Import' }).locator('[data-status="imported"]'),
  ).toHaveCount(4, { timeout: 60_000 });
  // The Gazette states no date: the researcher sets one.
  const gazette = app.corpus.db
    .prepare("SELECT id FROM documents WHERE file_name = 'crue-valmont-gazette.txt'")
    .get() as { id: number };
  await app.corpus.handlers['documents:update']({
    id: gazette.id,
    fields: { publishedAt: '2025-03-15' },
  });
  const titles = Object.fromEntries(
    (
      app.corpus.db.prepare('SELECT title, published_basis AS basis FROM documents').all() as {
        title: string;
        basis: Basis;
      }[]
    ).map((row) => [row.basis, row.title]),
  ) as Record<Basis, string>;
  expect(Object.keys(titles).sort()).toEqual(['estimated', 'metadata', 'stated', 'user']);
  await page.reload();

  for (const language of ['en', 'fr'] as const) {
    const t = words[language];
    if (language === 'fr') await switchToFrench(page);
    const library = page.getByRole('navigation', { name: t.library });
    const rowOf = (basis: Basis) =>
      library.locator('.document-list__item', { hasText: titles[basis] });
    for (const size of WINDOW_SIZES) {
      await page.setViewportSize(size);
      const at = `${size.width}x${size.height}-${language}`;
      for (const basis of Object.keys(titles) as Basis[]) {
        const mark = rowOf(basis).locator('.source-line__basis');
        await expect(mark, `${at}: ${basis}`).toHaveText(`· ${t.basis[basis]}`);
        // Drawn whole inside its row, not hidden for screen readers only nor cut by the row.
        const drawn = await mark.evaluate((element) => {
          const box = element.getBoundingClientRect();
          const row = element.closest('.document-list__item')!.getBoundingClientRect();
          const counts = element
            .closest('.document-list__item')!
            .querySelector('.document-list__meta:last-child')!
            .getBoundingClientRect();
          return {
            wide: box.width > 20,
            whole: element.scrollWidth <= element.clientWidth,
            inside: box.left >= row.left && box.right <= row.right + 0.5,
            countsShown: counts.bottom <= row.bottom + 0.5,
          };
        });
        expect(drawn, `${at}: ${basis}`).toEqual({
          wide: true,
          whole: true,
          inside: true,
          countsShown: true,
        });
      }
      await expectCleanLayout(page, `library at ${at}`);
      await page.screenshot({ path: `test-results/date-basis-library-${at}.png` });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await expectAccessible(page, `library (${language})`);

    // Search: the stated date and the one set by the user no longer look alike.
    // Ctrl+K opens the command palette; the search field is focused as a click would.
    await page.getByRole('searchbox', { name: t.search }).focus();
    await page.keyboard.type('Valmont');
    const results = page.getByRole('listbox', { name: t.search });
    for (const basis of ['stated', 'user'] as const) {
      await expect(
        results.locator('.source-line__basis', { hasText: t.basis[basis] }).first(),
      ).toBeVisible();
    }
    for (const size of WINDOW_SIZES) {
      await page.setViewportSize(size);
      const at = `${size.width}x${size.height}-${language}`;
      await expectCleanLayout(page, `search at ${at}`);
      await page.screenshot({ path: `test-results/date-basis-search-${at}.png` });
    }
    await expectAccessible(page, `search (${language})`);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1440, height: 900 });
  }
});
