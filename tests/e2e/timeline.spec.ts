import type { Page } from '@playwright/test';
import { dispatch } from '../../src/main/app/dispatch';
import { dropFiles, expect, test, type RunningApp } from './fixtures';
import { selectText } from './reader-helpers';

/** The three articles on the port strike, with the day each was published. */
const articles: Record<string, { published: string; outlet: string }> = {
  'timeline-port-greve-ouest.txt': { published: '2025-11-18', outlet: 'L’Écho de l’Ouest' },
  'timeline-port-strike-wire.md': { published: '2025-11-18', outlet: 'Coastline Wire' },
  'timeline-port-greve-brest.txt': { published: '2025-11-19', outlet: 'Le Télégramme du Port' },
};

/**
 * Drops the articles, then sets their publish date and outlet the way the import's own
 * detection (another feature) will, and asks the timeline to read their dates again.
 */
async function importArticles(page: Page, app: RunningApp): Promise<void> {
  await page.goto(app.url);
  await dropFiles(page, Object.keys(articles));
  await expect(page.locator('[data-status="imported"]')).toHaveCount(3);
  for (const [file, { published, outlet }] of Object.entries(articles)) {
    const row = app.corpus.db
      .prepare('UPDATE documents SET published_at = ?, outlet = ? WHERE file_name = ? RETURNING id')
      .get(published, outlet, file) as { id: number };
    const result = await dispatch(app.corpus.handlers, 'timeline:reindex', { documentId: row.id });
    expect(result.ok).toBe(true);
  }
  await page.reload();
  await page.getByRole('radio', { name: 'Timeline' }).click();
  await expect(page.locator('.timeline-item__button').first()).toBeVisible();
}

const chart = (page: Page) => page.getByRole('group', { name: 'Events over time' });
const items = (page: Page) => chart(page).locator('.timeline-item__button');

/** Zooms with the wheel over an item until the one named `target` shows on its own. */
async function zoomInto(page: Page, target: RegExp): Promise<void> {
  for (let step = 0; step < 30; step++) {
    if ((await chart(page).getByRole('button', { name: target }).count()) > 0) return;
    const box = (await items(page).last().boundingBox())!;
    await page.mouse.move(box.x + 12, box.y + box.height / 2);
    await page.mouse.wheel(0, -250);
  }
}

async function windowDays(page: Page): Promise<number> {
  const area = chart(page);
  const start = Date.parse((await area.getAttribute('data-start'))!);
  const end = Date.parse((await area.getAttribute('data-end'))!);
  return (end - start) / 86_400_000;
}

test.describe('the timeline', () => {
  test('says what to do before any article is imported', async ({ page, app }) => {
    await page.goto(app.url.replace('/?', '/timeline?'));
    await expect(page.getByText('No dated events yet.')).toBeVisible();
  });

  test('clusters an event the three outlets report into one item listing every source', async ({
    page,
    app,
  }) => {
    await importArticles(page, app);
    await zoomInto(page, /Nov 13, 2025/);
    const strikeVote = chart(page).getByRole('button', { name: /Nov 13, 2025: \d+ events from 3 sources/ });
    await expect(strikeVote).toHaveCount(1);
    await strikeVote.click();
    const details = page.getByRole('region', { name: /Events around Nov 13, 2025/ });
    for (const { outlet } of Object.values(articles)) {
      await expect(details.getByText(outlet).first()).toBeVisible();
    }
    await expect(details.locator('mark').first()).toBeVisible();
  }); // prettier-ignore

  test('shows one event two outlets report in agreeing words as one entry with its sources', async ({
    page,
    app,
  }) => {
    await importArticles(page, app);
    await zoomInto(page, /Nov 13, 2025/);
    await chart(page).getByRole('button', { name: /Nov 13, 2025: \d+ events from 3 sources/ }).click();
    // Narrower, the chart may draw the chosen chip merged with its neighbours: the details then
    // follow it ("Events around Nov 13 – 15, 2025"), the strike vote still first.
    const details = page.getByRole('region', { name: /Events around Nov 13\b/ });
    // The strike vote, as L’Écho de l’Ouest and Le Télégramme du Port both word it.
    const entry = details.locator('.event-entry', { hasText: 'Reported by 2 sources' });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('in the same words: dockers');
    const others = entry.getByRole('list', { name: 'The same event in other sources' });
    await expect(others.getByRole('listitem')).toHaveCount(1);
    await expect(others.getByRole('button', { name: 'Open in reader' })).toBeVisible();
    for (const [width, height] of [[1440, 900], [1280, 720], [1024, 700]] as const) {
      await page.setViewportSize({ width, height });
      await entry.scrollIntoViewIfNeeded();
      await expect(others.getByRole('button', { name: 'Open in reader' })).toBeInViewport();
      await page.screenshot({ path: `test-results/timeline-same-event-${width}.png` });
    }
  }); // prettier-ignore

  test('zooms with the wheel and the keyboard, pans by dragging', async ({ page, app }) => {
    await importArticles(page, app);
    const before = await windowDays(page);
    const itemsBefore = await items(page).count();
    const box = (await chart(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let step = 0; step < 5; step++) await page.mouse.wheel(0, -200);
    await expect.poll(() => windowDays(page)).toBeLessThan(before / 2);

    // A pinch on a trackpad arrives as a wheel event with the control key held.
    const afterWheel = await windowDays(page);
    await chart(page).dispatchEvent('wheel', { deltaY: 100, ctrlKey: true, clientX: box.x + 50 });
    await expect.poll(() => windowDays(page)).toBeGreaterThan(afterWheel);

    await chart(page).focus();
    await page.keyboard.press('0');
    await expect.poll(() => windowDays(page)).toBeCloseTo(before, 0);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(() => windowDays(page)).toBeCloseTo(before / 8, 0);
    // Showing everything again gives back the same items.
    await page.keyboard.press('0');
    await expect(items(page)).toHaveCount(itemsBefore);

    const start = await chart(page).getAttribute('data-start');
    await page.mouse.move(box.x + box.width * 0.7, box.y + 15);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + 15, { steps: 8 });
    await page.mouse.up();
    expect(Date.parse((await chart(page).getAttribute('data-start'))!)).toBeGreaterThan(
      Date.parse(start!),
    );
  });

  test('filters by words, outlet and document', async ({ page, app }) => {
    await importArticles(page, app);
    const all = await items(page).count();
    await page.getByRole('searchbox', { name: 'Search events' }).fill('walkout');
    await expect(items(page)).toHaveCount(1);
    await items(page).click();
    await expect(page.getByRole('region', { name: /Events around/ })).toContainText('walkout');
    await page.getByRole('searchbox', { name: 'Search events' }).fill('');
    await expect(items(page)).toHaveCount(all);

    await page.getByRole('button', { name: /Outlet/ }).click();
    // The library's own outlet filter also lists outlets: pick the timeline's.
    await page
      .getByRole('listbox', { name: 'Outlet' })
      .getByRole('option', { name: 'Coastline Wire' })
      .click();
    await page.getByRole('radio', { name: 'By outlet' }).click();
    await expect(chart(page).getByRole('list')).toHaveCount(1);
    await expect(chart(page).getByRole('list')).toHaveAccessibleName('Coastline Wire');

    await page.getByRole('button', { name: /Outlet/ }).click();
    await page
      .getByRole('listbox', { name: 'Outlet' })
      .getByRole('option', { name: 'All outlets' })
      .click();
    await page.getByRole('radio', { name: 'By document' }).click();
    await expect(chart(page).getByRole('list')).toHaveCount(3);
    await page.getByRole('button', { name: /Document/ }).click();
    await page.getByRole('option', { name: /Dockers block Kervallec/ }).click();
    await expect(chart(page).getByRole('list')).toHaveCount(1);
  });

  test('opens the passage of an event in the reader', async ({ page, app }) => {
    await importArticles(page, app);
    await zoomInto(page, /Nov 6, 2025: 2 events/);
    await chart(page)
      .getByRole('button', { name: /Nov 6, 2025/ })
      .click();
    const details = page.getByRole('region', { name: /Events around Nov 6, 2025/ });
    await details.getByRole('button', { name: 'Open in reader' }).first().click();
    await expect(page).toHaveURL(/\/document\/\d+#passage-\d+$/);
    const focused = page.locator('.passage--focused');
    await expect(focused).toContainText(/6 novembre|November 6/);
    await expect(focused).toBeInViewport();
  });

  test('dismisses an event and corrects the date of another', async ({ page, app }) => {
    await importArticles(page, app);
    await page.getByRole('searchbox', { name: 'Search events' }).fill('printemps');
    await expect(items(page)).toHaveCount(1);
    await items(page).click();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByText('No event matches these filters.')).toBeVisible();

    await page.getByRole('searchbox', { name: 'Search events' }).fill('débrayage');
    await items(page).click();
    await page.getByRole('button', { name: 'Edit date' }).click();
    await page.getByRole('textbox', { name: /Date/ }).fill('2025-11-05');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(chart(page).getByRole('button', { name: /Nov 5, 2025/ })).toHaveCount(1);
    await items(page).click();
    await expect(page.getByRole('region', { name: /Events around/ })).toContainText('set by you');
  });

  test('places events by the day they were reported', async ({ page, app }) => {
    await importArticles(page, app);
    await page.getByRole('radio', { name: 'When it was reported' }).click();
    await expect(items(page)).toHaveCount(2);
    // importArticles sets the day but leaves each basis as the import found it: the chip says
    // so when one of its two dates is only estimated.
    await expect(chart(page).getByRole('button', { name: /^Nov 18, 2025( · some dates estimated)?: \d+ events from 2 sources/ })).toBeVisible();
  }); // prettier-ignore

  test('dates selected words of a passage by hand, from the reader', async ({ page, app }) => {
    await importArticles(page, app);
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Dockers block/ }).click();
    const passage = page.locator('.passage', { hasText: 'scuffle' });
    await selectText(page, passage, 'slightly injured');
    await page.getByRole('button', { name: 'Add to timeline…' }).click();
    const form = page.getByRole('form', { name: 'Add to the timeline' });
    await form.getByRole('textbox').fill('2025-11-16');
    await form.getByRole('button', { name: 'Add to timeline' }).click();
    await expect(form.getByRole('status')).toHaveText('Added to the timeline on Nov 16, 2025.');

    await page.getByRole('radio', { name: 'Timeline' }).click();
    await page.getByRole('searchbox', { name: 'Search events' }).fill('scuffle');
    await expect(items(page)).toHaveCount(1);
    await items(page).click();
    const details = page.getByRole('region', { name: /Events around Nov 16, 2025/ });
    await expect(details.locator('mark')).toHaveText('slightly injured');
    await expect(details).toContainText('set by you');
  }); // prettier-ignore
});
