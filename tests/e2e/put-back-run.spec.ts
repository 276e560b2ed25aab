import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, expectCleanLayout, WINDOW_SIZES } from './layout-checks';
import { switchToFrench } from './locale-helpers';
import { closeEditor, openImported, selectText } from './reader-helpers';

// The import takes the article's three "⇒" key points and the subheading under them for page
// furniture: four consecutive blocks set aside in the middle of the article.
const keyPoints = [
  '⇒ La digue rehaussée en trois jours',
  '⇒ Le quartier du Port toujours évacué',
  '⇒ La décrue de la Brenne est attendue samedi, selon Météo-Brenne',
  'Une digue rehaussée de 60 centimètres',
];
const highlighted = 'plus de 9 000 sacs de sable';

/** Presses Tab until `name` has the focus, as a keyboard user reaches a button. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let step = 0; step < 30; step++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (focused === name) return;
  }
  throw new Error(`Tab never reached “${name}”`);
}

/** The run's button in view at every window size: a clean layout, and a screenshot to look at. */
async function atEverySize(page: Page, button: Locator, language: string): Promise<void> {
  for (const size of WINDOW_SIZES) {
    await page.setViewportSize(size);
    const at = `${size.width}x${size.height}-${language}`;
    await button.scrollIntoViewIfNeeded();
    await expectCleanLayout(page, `put back run at ${at}`);
    await page.screenshot({ path: `test-results/put-back-run-${at}.png` });
  }
}

test('a run of consecutive set-aside blocks goes back in one step, and aside again, from the keyboard', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await openImported(page, app, ['digue-valmont-points-cles.txt']);
  const text = page.locator('.reader__text');
  for (const line of keyPoints) await expect(text).not.toContainText(line);

  // A highlight after the run: it must follow its words when the text before it grows.
  await selectText(page, page.locator('.passage', { hasText: highlighted }), highlighted);
  await page.keyboard.press('2');
  await closeEditor(page);
  const mark = page.locator('mark.highlight');
  await expect(mark).toHaveText(highlighted);

  await page.getByRole('button', { name: 'Article details…' }).click();
  const details = page.getByRole('region', { name: 'Article details' });
  const run = details.getByRole('list', { name: '4 blocks in a row' });
  for (const line of keyPoints) await expect(run).toContainText(line);
  // Each block's own button says, to a screen reader, which block it moves.
  const blockButtons = run.getByRole('button', { name: 'Put back', exact: true });
  await expect(blockButtons).toHaveCount(keyPoints.length);
  for (const [index, line] of keyPoints.entries()) {
    await expect(blockButtons.nth(index)).toHaveAccessibleDescription(line);
  }

  // While the re-anchored highlights are read again (slowed here), the old offsets are never
  // drawn over the new text: every mark that appears holds the highlighted words.
  await page.route('**/api/highlights:list', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { markTexts: string[] }).markTexts = seen;
    new MutationObserver(() => {
      for (const mark of document.querySelectorAll('mark.highlight'))
        seen.push(mark.textContent ?? '');
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

  // Keyboard: Tab from the re-process button reaches the run's button; Enter puts all four back.
  await details.getByRole('button', { name: 'Re-process from the original file' }).focus();
  await tabTo(page, 'Put back these 4 blocks');
  await page.keyboard.press('Enter');
  for (const line of keyPoints) await expect(text).toContainText(line);
  await expect(mark).toHaveText(highlighted);
  const drawn = await page.evaluate(() => (window as unknown as { markTexts: string[] }).markTexts);
  expect(drawn.filter((words) => words !== highlighted)).toEqual([]);
  await page.unroute('**/api/highlights:list');
  // The focus stays on the run's button, which now sets the four aside again (an undo).
  const setAside = details.getByRole('button', { name: 'Set these 4 blocks aside' });
  await expect(setAside).toBeFocused();
  await expect(run.getByText('put back by you')).toHaveCount(4);
  await expect(mark).toHaveText(highlighted);
  await expect(mark).toHaveCount(1);
  expect(
    app.corpus.db
      .prepare("SELECT count(*) AS orphans FROM highlights WHERE status = 'orphaned'")
      .get(),
  ).toEqual({ orphans: 0 });

  await atEverySize(page, setAside, 'en');
  await expectAccessible(page, 'article details with a run put back');

  await page.keyboard.press('Enter');
  for (const line of keyPoints) await expect(text).not.toContainText(line);
  const putBack = details.getByRole('button', { name: 'Put back these 4 blocks' });
  await expect(putBack).toBeFocused();
  await expect(run.getByText('set aside by you')).toHaveCount(4);
  await expect(mark).toHaveText(highlighted);

  // The same run, in French.
  await switchToFrench(page);
  const détails = page.getByRole('region', { name: 'Détails de l’article' });
  const remettre = détails.getByRole('button', { name: 'Remettre ces 4 blocs dans l’article' });
  await expect(détails.getByRole('list', { name: '4 blocs qui se suivent' })).toBeVisible();
  await atEverySize(page, remettre, 'fr');
  await expectAccessible(page, 'article details in French');
  await remettre.click();
  for (const line of keyPoints) await expect(text).toContainText(line);
  await expect(détails.getByRole('button', { name: 'Mettre ces 4 blocs de côté' })).toBeVisible();
  await expect(mark).toHaveText(highlighted);
});
