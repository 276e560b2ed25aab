import type { Locator, Page } from '@playwright/test';
import { dropFiles, expect, test } from './fixtures';
import { selectText } from './reader-helpers';

// The window as a researcher meets it (issue 16): one selection toolbar, a side panel that
// follows the passage, real dialogs, visible comments, a timeline that fits its events.

const floodFiles = [
  'crue-valmont-courrier.txt',
  'crue-valmont-gazette.txt',
  'brenne-flood-wire.md',
  'brenne-flood-wire-copy.md',
];

/** Drops the flood articles and waits for them (longer than five seconds on a busy machine). */
async function importFlood(page: Page) {
  await dropFiles(page, floodFiles);
  await expect(
    page.getByRole('region', { name: 'Import' }).locator('[data-status="imported"]'),
  ).toHaveCount(floodFiles.length, { timeout: 60_000 });
}

async function openFlood(page: Page, url: string) {
  await page.goto(url);
  await importFlood(page);
  await page.getByRole('region', { name: 'Import' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('navigation', { name: 'Library' }).locator('.document-list__item', { hasText: /Valmont/ }).first().click();
  await expect(page.locator('.passage').first()).toBeVisible();
} // prettier-ignore

const box = async (locator: Locator) => (await locator.boundingBox())!;
const intersects = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes of the selected words' lines. */
const selectionLines = (page: Page) =>
  page.evaluate(() =>
    [...window.getSelection()!.getRangeAt(0).getClientRects()].map((rect) => ({
      x: rect.x,
      y: rect.y,
      width: rect.width,
      height: rect.height,
    })),
  );

test.describe('the window as a researcher meets it', () => {
  test.beforeEach(async ({ page, app }) => openFlood(page, app.url));

  test('one toolbar at a selection, beside the selected line, dating only when asked', async ({
    page,
  }) => {
    const passage = page.locator('.passage').nth(1);
    const words = ((await passage.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
    await selectText(page, passage, words.split(' ').slice(1, 5).join(' '));
    const toolbar = page.getByTestId('selection-toolbar');
    await expect(toolbar).toBeVisible();
    // Every action in the one bar; nothing else floats over the text.
    for (const name of [/Key point/, /Confirmed/, /To check/, /Doubtful/, 'Comment… (c)', 'Quote in note', 'Add to timeline…']) {
      await expect(toolbar.getByRole('button', { name })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: 'Quote in note' })).toHaveCount(1);
    await expect(page.getByRole('form', { name: 'Add to the timeline' })).toHaveCount(0);
    const toolbarBox = await box(toolbar);
    for (const line of await selectionLines(page)) expect(intersects(toolbarBox, line)).toBe(false);

    // Asked for, the date form opens empty (this article has no date of its own to offer).
    await toolbar.getByRole('button', { name: 'Add to timeline…' }).click();
    const form = page.getByRole('form', { name: 'Add to the timeline' });
    await expect(form.getByRole('textbox')).toHaveValue('');
    await expect(form.getByRole('textbox')).toBeFocused();
    const formBox = await box(toolbar);
    for (const line of await selectionLines(page)) expect(intersects(formBox, line)).toBe(false);
  }); // prettier-ignore

  test('the side panel follows the passage: selection, j/k, s from the Note tab', async ({
    page,
  }) => {
    const forPassage = page.locator('.context-panel__for');
    const third = page.locator('.passage').nth(2);
    const words = ((await third.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
    await selectText(page, third, words.split(' ').slice(0, 3).join(' '));
    const ordinal = Number(await third.getAttribute('data-ordinal'));
    await expect(forPassage).toHaveText(`Passage ${ordinal + 1}`);
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('j');
    await expect(forPassage).toHaveText(`Passage ${ordinal + 2}`);

    await page.getByRole('tab', { name: 'Note' }).click();
    await page.locator('.passage').first().click();
    await page.keyboard.press('s');
    await expect(page.getByRole('tab', { name: 'Context' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('complementary', { name: 'Context' })).toBeFocused();
  }); // prettier-ignore

  test('article details open from the reader header, stacked below the other sections', async ({
    page,
  }) => {
    await page.locator('.passage').nth(1).click();
    await page.getByRole('button', { name: 'Article details…' }).click();
    const details = page.getByRole('region', { name: 'Article details' });
    await expect(details).toBeFocused();
    await expect(details.getByLabel('Title')).toBeInViewport();
    const others = page.getByRole('region', { name: 'Other sources' });
    expect(intersects(await box(details), await box(others))).toBe(false);
  });

  test('dialogs are centred over a full backdrop, keep focus and give it back', async ({
    page,
  }) => {
    const opener = page.getByRole('button', { name: 'Similarity model…' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'How passages are compared' });
    await expect(dialog).toBeVisible();
    const viewport = page.viewportSize()!;
    const overlay = await box(page.locator('.app-dialog__overlay'));
    expect(overlay).toEqual({ x: 0, y: 0, width: viewport.width, height: viewport.height });
    const dialogBox = await box(dialog);
    expect(Math.abs(dialogBox.x + dialogBox.width / 2 - viewport.width / 2)).toBeLessThan(4);
    expect(Math.abs(dialogBox.y + dialogBox.height / 2 - viewport.height / 2)).toBeLessThan(4);
    for (let step = 0; step < 8; step++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(opener).toBeFocused();
  }); // prettier-ignore

  test('saving an export says where the file went', async ({ page }) => {
    await page.getByRole('tab', { name: 'Note' }).click();
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByRole('textbox', { name: 'Note title' }).fill('Crue');
    await page.getByRole('textbox', { name: 'Note title' }).press('Enter');
    await page.getByRole('button', { name: 'Export…' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Save file/ }).click();
    const file = await download;
    await expect(page.getByRole('dialog', { name: 'Export to Markdown' }).getByRole('status')).toHaveText(
      `Saved “${file.suggestedFilename()}” in your downloads folder (where your browser saves downloads).`,
    );
  }); // prettier-ignore

  test('a comment leaves a mark in the margin that shows it on hover and focus', async ({
    page,
  }) => {
    const passage = page.locator('.passage').nth(1);
    const words = ((await passage.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
    await selectText(page, passage, words.split(' ').slice(0, 4).join(' '));
    await page.keyboard.press('c');
    const editor = page.getByRole('dialog', { name: 'Highlight' });
    await editor.getByLabel('Comment').fill('À recouper avec la préfecture');
    await editor.getByRole('button', { name: 'Save' }).click();
    const mark = passage.getByRole('button', { name: 'Comment: À recouper avec la préfecture' });
    await expect(mark).toBeVisible();
    // In the margin, right of the text column.
    const text = await box(passage);
    expect((await box(mark)).x).toBeGreaterThanOrEqual(text.x + text.width - 2);
    await mark.hover();
    await expect(page.getByRole('tooltip')).toHaveText('À recouper avec la préfecture');
    await page.mouse.move(1, 1);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await mark.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('tooltip')).toHaveText('À recouper avec la préfecture');
    await page.keyboard.press('Enter');
    await expect(editor).toBeVisible();
  });

  test('the timeline opens on all its chips, none cut off, none over another', async ({
    page,
  }) => {
    await page.getByRole('radio', { name: 'Timeline' }).click();
    const area = page.getByRole('group', { name: 'Events over time' });
    await expect(area.locator('.timeline-item__button').first()).toBeVisible();
    const areaBox = await box(area);
    const chips = await area.locator('.timeline-item__button').all();
    const boxes = await Promise.all(chips.map(box));
    for (const chip of boxes) {
      expect(chip.x).toBeGreaterThanOrEqual(areaBox.x);
      expect(chip.x + chip.width).toBeLessThanOrEqual(areaBox.x + areaBox.width);
    }
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) expect(intersects(boxes[a]!, boxes[b]!)).toBe(false);
    }
  }); // prettier-ignore

  test('why it matched shows words as the passage writes them', async ({ page }) => {
    await page.locator('.passage').nth(1).click();
    const reasons = page.locator('.hit', { has: page.locator('.reason--terms, .reason--names') });
    await expect(reasons.first()).toBeVisible();
    for (const hit of await reasons.all()) {
      const text = (await hit.locator('.hit__text').textContent())!.toLowerCase();
      // A shortened passage may name words past its cut.
      if (text.endsWith('…')) continue;
      const details = await hit.locator('.reason--terms .reason__detail, .reason--names .reason__detail').allTextContents();
      for (const word of details.flatMap((detail) => detail.split(', '))) {
        expect(text).toContain(word.toLowerCase());
      }
    }
  }); // prettier-ignore

  test('the compare view keeps its back button on one line', async ({ page }) => {
    await page.getByRole('radio', { name: 'Cross-check' }).click();
    await page.locator('.cluster').first().getByRole('button', { name: 'Compare side by side' }).click();
    const back = page.getByRole('button', { name: '← Back to the list' });
    const height = (await box(back)).height;
    expect(height).toBeLessThan(40);
  }); // prettier-ignore
});

test('the import count never drops while files are read', async ({ page, app }) => {
  await page.goto(app.url);
  await page.evaluate(() => {
    // Every summary the panel shows, recorded as it changes.
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      const summary = document.querySelector('.import-panel__summary')?.textContent;
      if (summary && seen.at(-1) !== summary) seen.push(summary);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await importFlood(page);
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  for (const summary of seen) expect(summary).toMatch(/ of 4 files processed/);
});

test('every main action is reachable by keyboard', async ({ page, app }) => {
  await openFlood(page, app.url);
  // A group (view switcher, side panel tabs) is one Tab stop; arrows move inside it.
  const wanted = ['Import', 'Search passages', 'Reader', 'Similarity model…', 'Article details…', 'Delete document…', 'Context'];
  const reached = new Set<string>();
  const focusedName = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '';
    });
  await page.locator('body').focus();
  for (let step = 0; step < 80 && reached.size < wanted.length; step++) {
    await page.keyboard.press('Tab');
    const name = await focusedName();
    if (wanted.includes(name)) reached.add(name);
  }
  expect([...reached].sort()).toEqual([...wanted].sort());
  await page.getByRole('radio', { name: 'Reader' }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await focusedName()).toBe('Timeline');
  await page.getByRole('tab', { name: 'Context' }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await focusedName()).toBe('Note');
}); // prettier-ignore

test('the Import menu opens by keyboard and offers files, folder and the clipboard', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(app.url);
  const menuButton = page.getByRole('button', { name: 'Import', exact: true });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Import' });
  await expect(menu.getByRole('menuitem')).toHaveText([/^Files…\s*Ctrl\+O$/, 'Folder…', /^From clipboard…\s*Ctrl\+V$/]);
  if (process.env.RECOUPE_SCREENSHOTS_DIR) {
    await page.screenshot({ path: `${process.env.RECOUPE_SCREENSHOTS_DIR}/views/import-menu.png` });
  }
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'New document from the clipboard' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menuButton).toBeFocused();
}); // prettier-ignore
