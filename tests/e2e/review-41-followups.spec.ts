import type { Page } from '@playwright/test';
import { dispatch } from '../../src/main/app/dispatch';
import { dropFiles, expect, importFixtures, test, type RunningApp } from './fixtures';

// Follow-ups of a review: search date filters keep an estimate whose range reaches into the
// days asked, worded as an estimate; the timeline's details follow the chips drawn (a zoom or a mode
// switch used to leave the previous chip's heading and events), and a remembered note that no
// longer exists gives way to the notes list instead of an error whose Retry cannot help.

const articles: Record<string, { published: string; outlet: string }> = {
  'timeline-port-greve-ouest.txt': { published: '2025-11-18', outlet: 'L’Écho de l’Ouest' },
  'timeline-port-strike-wire.md': { published: '2025-11-18', outlet: 'Coastline Wire' },
  'timeline-port-greve-brest.txt': { published: '2025-11-19', outlet: 'Le Télégramme du Port' },
};

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
const details = (page: Page) => page.locator('section.event-details[aria-label^="Events around"]');

/**
 * The details shown are those of the chip drawn as chosen: none without one, and with one,
 * headed by its date (the chip's name starts with the same date).
 */
async function expectDetailsOfChosenChip(page: Page): Promise<void> {
  const pressed = chart(page).locator('.timeline-item__button[aria-pressed="true"]');
  await expect
    .poll(async () => {
      const chosen = await pressed.count();
      const headings = await details(page).evaluateAll((sections) =>
        sections.map((section) => section.getAttribute('aria-label') ?? ''),
      );
      if (chosen === 0) return headings.length === 0 ? 'ok' : `stale: ${headings.join(' | ')}`;
      const name = (await pressed.first().textContent()) ?? '';
      const date = name.slice(0, name.indexOf(':'));
      return headings.length === 1 && headings[0] === `Events around ${date}`
        ? 'ok'
        : `chip ${date}, details ${headings.join(' | ') || 'none'}`;
    })
    .toBe('ok');
}

test.describe('review 41 follow-ups', () => {
  test('the timeline details follow the chips through zooms and a mode switch', async ({
    page,
    app,
  }) => {
    await importArticles(page, app);
    // Zoomed in until the strike vote (Nov 13) stands alone, then chosen.
    for (let step = 0; step < 30; step++) {
      if (
        (await chart(page)
          .getByRole('button', { name: /^Nov 13, 2025/ })
          .count()) > 0
      )
        break;
      const box = (await chart(page).locator('.timeline-item__button').last().boundingBox())!;
      await page.mouse.move(box.x + 12, box.y + box.height / 2);
      await page.mouse.wheel(0, -250);
    }
    await chart(page)
      .getByRole('button', { name: /^Nov 13, 2025/ })
      .first()
      .click();
    await expect(page.getByRole('region', { name: 'Events around Nov 13, 2025' })).toBeVisible();
    await expectDetailsOfChosenChip(page);

    // A narrower window keeps the days zoomed into; the details still follow the chip drawn.
    const span = async () => {
      const start = Date.parse((await chart(page).getAttribute('data-start'))!);
      const end = Date.parse((await chart(page).getAttribute('data-end'))!);
      return end - start;
    };
    const zoomed = await span();
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: 1024, height: size.height });
    await expect(chart(page).locator('.timeline-item__button[aria-pressed="true"]')).toHaveCount(1);
    expect(await span()).toBe(zoomed);
    await expectDetailsOfChosenChip(page);
    await page.setViewportSize(size);

    // Shown whole again: the chip merges with its neighbours; the details say so or go.
    await page.getByRole('button', { name: 'Show all' }).click();
    await expectDetailsOfChosenChip(page);
    await expect(page.getByRole('region', { name: 'Events around Nov 13, 2025' })).toHaveCount(0);
    await page.screenshot({ path: 'test-results/review-41/timeline-fit.png' });

    // Another chip chosen, then the events placed by the day they were reported.
    await chart(page).locator('.timeline-item__button').first().click();
    await expect(details(page)).toHaveCount(1);
    await page.getByRole('radio', { name: 'When it was reported' }).click();
    await expect(chart(page).locator('.timeline-item__button')).toHaveCount(2);
    await expectDetailsOfChosenChip(page);
    await expect(details(page)).toHaveCount(0);
    // A chip chosen in this mode is headed by its report date.
    await chart(page).locator('.timeline-item__button').first().click();
    await expectDetailsOfChosenChip(page);
    await page.screenshot({ path: 'test-results/review-41/timeline-reported.png' });
  });

  test('a remembered note that no longer exists gives way to the notes list', async ({
    page,
    app,
  }) => {
    await page.goto(app.url);
    await page.getByRole('tab', { name: 'Note' }).click();
    await page.getByRole('button', { name: 'New note' }).click();
    const title = page.getByRole('textbox', { name: 'Note title' });
    await title.fill('Brouillon perdu');
    await title.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Note text' })).toBeVisible();
    const [note] = await app.corpus.handlers['notes:list']({ query: '' });
    // Deleted elsewhere (the command line, another window) while the app remembers it open.
    await app.corpus.handlers['notes:delete']({ id: note!.id });
    await page.reload();
    const tab = page.getByRole('tab', { name: 'Note' });
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();

    await expect(page.getByRole('status').filter({ hasText: 'no longer exists' })).toHaveText(
      'The note that was open no longer exists (it may have been deleted). Here are your notes.',
    );
    await expect(page.getByRole('button', { name: 'New note' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    await expect(page.getByText('Refresh the library')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/review-41/note-gone.png' });
    // Forgotten: the next start opens the list without the notice.
    await page.reload();
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    await expect(page.getByRole('button', { name: 'New note' })).toBeVisible();
    await expect(page.getByText('no longer exists')).toHaveCount(0);
  });

  test('a search From or To keeps an estimate whose range reaches into it, worded as one', async ({
    page,
    app,
  }) => {
    await page.goto(app.url);
    await importFixtures(page, [
      'crue-valmont-courrier.txt',
      'crue-valmont-gazette.txt',
      'brenne-flood-wire.md',
    ]);
    await page.getByRole('region', { name: 'Import' }).getByRole('button', { name: 'Close' }).click();
    const date = app.corpus.db.prepare(
      `UPDATE documents SET published_at = ?, published_basis = ?, published_precision = ?,
         published_earliest = ?, published_latest = ? WHERE file_name = ?`,
    );
    // "Oct 28, 2024 or later", guessed on its first day; a stated Oct 1; "Nov 7 – 13".
    date.run('2024-10-28', 'estimated', 'range', '2024-10-28', '2025-01-15', 'crue-valmont-courrier.txt');
    date.run('2024-10-01', 'stated', 'day', '2024-10-01', '2024-10-01', 'crue-valmont-gazette.txt');
    date.run('2024-11-13', 'estimated', 'range', '2024-11-07', '2024-11-13', 'brenne-flood-wire.md');

    await page.getByRole('searchbox', { name: 'Search passages' }).fill('Valmont');
    const options = page.getByRole('listbox', { name: 'Search passages' }).getByRole('option');
    await expect(options.filter({ hasText: 'Oct 1, 2024' })).not.toHaveCount(0);
    const filters = page.getByRole('group', { name: 'Search filters' });
    const typeDay = async (label: string, digits: string) => {
      await filters.getByRole('group', { name: label }).getByRole('spinbutton').first().click();
      await page.keyboard.type(digits);
    };

    await typeDay('From', '11012024');
    // The stated Oct 1 goes; the estimate stays, read as one.
    await expect(options.filter({ hasText: 'Oct 1, 2024' })).toHaveCount(0);
    const orLater = options.filter({ hasText: 'Oct 28, 2024 or later' });
    await expect(orLater).not.toHaveCount(0);
    await expect(orLater.first()).toContainText('estimated');
    await page.screenshot({ path: 'test-results/review-41/search-from.png' });

    // To Nov 10 alone: the week from Nov 7 stays though its guess day (Nov 13) is after.
    await filters.getByRole('group', { name: 'From' }).getByRole('spinbutton').first().click();
    for (let segment = 0; segment < 3; segment++) {
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Tab');
    }
    await typeDay('To', '11102024');
    const week = options.filter({ hasText: /Nov 7\s*–\s*13, 2024/ });
    await expect(week).not.toHaveCount(0);
    await expect(week.first()).toContainText('estimated');
    await expect(options.filter({ hasText: 'Oct 1, 2024' })).not.toHaveCount(0);
  }); // prettier-ignore
});
