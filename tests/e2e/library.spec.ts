import type { Page } from '@playwright/test';
import { expect, test, type RunningApp } from './fixtures';

const COUNT = 3000;

/**
 * Writes many small documents straight into the corpus (importing 3,000 files would take
 * minutes): document n is "Clipping n", published n days after 2015-01-01, by one of three
 * outlets. Newest first, "Clipping 3000" comes first and "Clipping 1" last.
 */
function seed(app: RunningApp): void {
  const insert = app.corpus.db.prepare(
    `INSERT INTO documents (content_hash, file_name, format, title, outlet, language,
       published_at, imported_at, original, text)
     VALUES (?, ?, 'text', ?, ?, 'en', ?, '2026-01-01', x'00', 'Body text.')`,
  );
  app.corpus.db.exec('BEGIN');
  for (let n = 1; n <= COUNT; n++) {
    const date = new Date(Date.UTC(2015, 0, 1 + n)).toISOString().slice(0, 10);
    insert.run(`hash-${n}`, `clipping-${n}.txt`, `Clipping ${n}`, `Outlet ${n % 3}`, date);
  }
  app.corpus.db.exec('COMMIT');
}

const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });
const rows = (page: Page) => library(page).locator('.document-list__item');
const focusedPosition = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset'));

test.describe('the library at scale', () => {
  test.beforeEach(async ({ page, app }) => {
    seed(app);
    await page.goto(app.url);
    await expect(rows(page).first()).toHaveText(/Clipping 3000/);
  });

  test('draws only the rows in view, and loads the others as it scrolls', async ({ page }) => {
    const drawn = await library(page).locator('.document-list__row').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(60);
    await expect(library(page).locator('li').first()).toHaveAttribute('aria-setsize', `${COUNT}`);

    const scroller = library(page).locator('.document-list__scroller');
    await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight / 2));
    await expect(rows(page).filter({ hasText: /^Clipping 1500(?!\d)/ })).toBeVisible();
    await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    const last = rows(page).filter({ hasText: /^Clipping 1(?!\d)/ });
    await expect(last).toBeVisible();
    expect(await library(page).locator('.document-list__row').count()).toBeLessThan(60);

    await last.click();
    await expect(page).toHaveURL(/\/document\/1$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clipping 1');
    await expect(last).toHaveAttribute('aria-current', 'page');
  });

  test('moves with the keyboard and opens with Enter', async ({ page }) => {
    await rows(page).first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedPosition(page)).toBe('3');
    await page.keyboard.press('End');
    await expect(page.locator(':focus')).toHaveText(/^Clipping 1(?!\d)/);
    await page.keyboard.press('ArrowUp');
    await expect(page.locator(':focus')).toHaveText(/^Clipping 2(?!\d)/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/document\/2$/);
    await page.keyboard.press('Home');
    await expect(page.locator(':focus')).toHaveText(/^Clipping 3000/);
    await page.keyboard.press('PageDown');
    expect(Number(await focusedPosition(page))).toBeGreaterThan(3);
    // One tab stop for the whole list: Tab leaves it.
    await page.keyboard.press('Tab');
    expect(await focusedPosition(page)).toBeFalsy();
  });

  test('sorts and filters in main, and keeps the open document in view', async ({ page }) => {
    await library(page)
      .locator('.document-list__scroller')
      .evaluate((element) => {
        element.scrollTo(0, element.scrollHeight);
      });
    await rows(page)
      .filter({ hasText: /^Clipping 1(?!\d)/ })
      .click();
    await expect(page).toHaveURL(/\/document\/1$/);

    await library(page).getByLabel(/^Sort/).selectOption('Oldest first');
    await expect(rows(page).first()).toHaveText(/^Clipping 1(?!\d)/);
    await expect(rows(page).first()).toHaveAttribute('aria-current', 'page');

    await library(page).getByLabel(/^Sort/).selectOption('Newest first');
    // The open document is last again, and the list scrolled to it.
    await expect(library(page).locator('[aria-current="page"]')).toBeInViewport();

    await library(page)
      .getByLabel(/^Outlet/)
      .selectOption('Outlet 1');
    await library(page).getByLabel(/^Year/).selectOption('2016');
    // Counts are written in the interface language's digits ("3,000" in English).
    await expect(library(page)).toContainText('122 of 3,000 documents');
    // The open document is not among them: the list starts at its top.
    await expect(rows(page).first()).toContainText('Dec 31, 2016');
    for (const text of await rows(page).allInnerTexts()) expect(text).toMatch(/Outlet 1.*2016/s);
    await library(page).getByRole('button', { name: 'Clear filters' }).click();
    await expect(library(page)).not.toContainText('of 3,000 documents');
    // Back to every document: the open one (filtered out a moment ago) is scrolled to again.
    await expect(library(page).locator('[aria-current="page"]')).toBeInViewport();
    await expect(library(page).locator('[aria-current="page"]')).toHaveText(/^Clipping 1(?!\d)/);
  });
});
