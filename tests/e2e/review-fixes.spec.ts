import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { catalogs } from '../../src/renderer/src/lib/strings';
import { seedsDir } from '../support/temp-corpus';
import { dropFiles, expect, test } from './fixtures';
import { expectAccessible, expectCleanLayout, WINDOW_SIZES } from './layout-checks';

// What a reviewer found on five French articles, in both interface languages and at three
// window sizes: the search popup's width and layer, focus after opening a search result, the
// timeline's chips, putting back identical blocks, and the library rows' meta lines. Each view
// is saved to test-results/review/ to be looked at.

const seeds = existsSync(seedsDir)
  ? readdirSync(seedsDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => join('..', '..', '..', 'shared', 'corpus', 'seeds', name))
  : [];
const sizes = WINDOW_SIZES;
/** The popup's readable width (36rem) when the window has room for it right of the field. */
const readableWidth = 36 * 16;

/** Boxes of the timeline's chips that overlap or touch another chip, described. */
async function touchingChips(page: Page): Promise<string[]> {
  return page.locator('.timeline-item__button').evaluateAll((buttons) => {
    const boxes = buttons.map((button) => ({
      rect: button.getBoundingClientRect(),
      text: button.textContent ?? '',
    }));
    const found: string[] = [];
    boxes.forEach((first, index) => {
      for (const second of boxes.slice(index + 1)) {
        const apart =
          first.rect.right + 2 <= second.rect.left ||
          second.rect.right + 2 <= first.rect.left ||
          first.rect.bottom <= second.rect.top ||
          second.rect.bottom <= first.rect.top;
        if (!apart) found.push(`${first.text} / ${second.text}`);
      }
    });
    return found;
  });
}

for (const locale of ['en', 'fr'] as const) {
  const t = catalogs[locale];
  test.describe(`review fixes in ${t.locale.names[locale]}`, () => {
    test.use({ locale: locale === 'fr' ? 'fr-FR' : 'en-US' });
    test.skip(seeds.length === 0, 'the sample articles are not on this machine');

    test('search, focus, timeline, put back and library rows', async ({ page, app }, info) => {
      test.setTimeout(240_000);
      const shot = (name: string) =>
        page.screenshot({ path: join('test-results', 'review', `${locale}-${name}.png`) });
      await page.setViewportSize(sizes[0]!);
      await page.goto(app.url);
      await dropFiles(page, seeds);
      const panel = page.getByRole('region', { name: t.importPanelTitle });
      await expect(panel.locator('[data-status="imported"]')).toHaveCount(seeds.length, {
        timeout: 60_000,
      });
      await panel.getByRole('button', { name: t.close }).click();
      const library = page.getByRole('navigation', { name: t.library });
      const rows = library.locator('.document-list__item');
      await expect(rows).toHaveCount(seeds.length);

      let gripChecks = 0;
      for (const size of sizes) {
        await page.setViewportSize(size);
        const at = `${size.width}`;

        // Library rows: every row shows its date and its passage count whole, from the top.
        // (The search field is emptied so the screenshot shows its placeholder at this size.)
        await page.getByRole('searchbox', { name: t.searchLabel }).fill('');
        // The placeholder's words fit: typed into the field, they would not scroll it.
        const placeholder = await page
          .getByRole('searchbox', { name: t.searchLabel })
          .evaluate((input: HTMLInputElement) => {
            input.value = input.placeholder;
            const widths = { text: input.scrollWidth, room: input.clientWidth };
            input.value = '';
            return widths;
          });
        expect(placeholder.text, `${at}: placeholder fits`).toBeLessThanOrEqual(placeholder.room);
        await page.getByRole('radio', { name: t.views.reader }).click();
        await rows.first().click();
        await expect(page.locator('.passage').first()).toBeVisible();
        const metas = await library.locator('.document-list__meta').evaluateAll((lines) =>
          lines.map((line) => ({
            text: line.textContent ?? '',
            cut: line.scrollWidth > line.clientWidth + 1,
            date: (() => {
              const date = line.querySelector('.source-line > :last-child');
              return date ? date.scrollWidth > date.clientWidth + 1 : false;
            })(),
          })),
        );
        for (const meta of metas) {
          // Passage counts never shorten; a date never does either (a long outlet may).
          if (!meta.text.includes('·') || /\d/.test(meta.text.split('·')[0]!)) {
            expect(meta.cut, `${at}: ${meta.text}`).toBe(false);
          }
          expect(meta.date, `${at}: ${meta.text}`).toBe(false);
        }
        const titleTops = await rows.evaluateAll((buttons) =>
          buttons.map(
            (button) =>
              button.querySelector('.document-list__title')!.getBoundingClientRect().top -
              button.getBoundingClientRect().top,
          ),
        );
        expect(new Set(titleTops.map(Math.round)).size, `${at}: title offsets`).toBe(1);
        await shot(`${at}-library`);

        // Search: a readable popup, in the window, drawn above the reader's passage grip.
        const koursk = library.locator('.document-list__item', { hasText: /Jour 978/ });
        await koursk.click();
        const passage = page.locator('.passage', { hasText: 'Koursk' }).first();
        await passage.hover();
        await expect(page.locator('.passage-grip')).toBeVisible();
        // Ctrl+K opens the command palette; the search field is focused as a click would.
        await page.getByRole('searchbox', { name: t.searchLabel }).focus();
        await page.keyboard.press('Control+A');
        await page.keyboard.type('Koursk');
        const results = page.getByRole('listbox', { name: t.searchLabel });
        await expect(results.getByRole('option').filter({ hasNotText: /Koursk/ })).toHaveCount(0);
        await expect(results.getByRole('option')).not.toHaveCount(0);
        const popup = page.locator('.search__results');
        const box = (await popup.boundingBox())!;
        const field = (await page.getByRole('searchbox', { name: t.searchLabel }).boundingBox())!;
        expect(box.x + box.width, `${at}: popup in the window`).toBeLessThanOrEqual(size.width);
        expect(box.width, `${at}: popup width`).toBeGreaterThanOrEqual(
          Math.min(readableWidth, size.width - field.x - 16) - 1,
        );
        // The pointer on a passage beside or below the popup: the passage's grip, in its margin,
        // falls under the popup, which must stay on top of it.
        const beside = await page.locator('.passage').evaluateAll((passages, popup) => {
          for (const passage of passages) {
            const rect = passage.getBoundingClientRect();
            const gripTop = rect.top + 4;
            if (gripTop < popup.y || gripTop > popup.y + popup.height - 24) continue;
            if (rect.left - 28 > popup.x + popup.width || rect.left < popup.x) continue;
            if (rect.right > popup.x + popup.width + 10)
              return { x: rect.right - 5, y: rect.top + 10 };
            if (rect.bottom > popup.y + popup.height + 10 && rect.bottom < innerHeight)
              return { x: rect.left + 40, y: rect.bottom - 5 };
          }
          return null;
        }, box);
        if (beside) {
          await page.mouse.move(beside.x, beside.y);
          const grip = (await page.locator('.passage-grip').boundingBox())!;
          const gripOnTop = await page.evaluate(
            ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.passage-grip') !== null,
            [grip.x + grip.width / 2, grip.y + grip.height / 2],
          );
          expect(gripOnTop, `${at}: grip over the results`).toBe(false);
          gripChecks += 1;
        }
        await expectCleanLayout(page, `search at ${at}`);
        if (size.width === 1440) await expectAccessible(page, 'search');
        await shot(`${at}-search`);

        // Keyboard: the opened result's passage has focus, and j goes on from it.
        await page.getByRole('searchbox', { name: t.searchLabel }).fill('Rutte');
        // Waits for this query's answer: the previous one stays on screen until it comes.
        await expect(results.getByRole('option').filter({ hasNotText: /Rutte/ })).toHaveCount(0);
        await expect(results.getByRole('option')).not.toHaveCount(0);
        await page.getByRole('searchbox', { name: t.searchLabel }).press('ArrowDown');
        await page.keyboard.press('Enter');
        const focused = page.locator('.passage:focus');
        await expect(focused).toContainText('Rutte');
        const ordinal = Number(await focused.getAttribute('data-ordinal'));
        await page.keyboard.press('j');
        await expect(page.locator(`.passage[data-ordinal="${ordinal + 1}"]`)).toBeFocused();

        // Timeline: chips apart; a chip's words never contradict where it stands.
        await page.getByRole('radio', { name: t.views.timeline }).click();
        const chips = page.locator('.timeline-item__button');
        await expect(chips.first()).toBeVisible();
        expect(await touchingChips(page), `${at}: chips touching`).toEqual([]);
        await shot(`${at}-timeline`);
        await page.getByRole('radio', { name: t.timeline.modes.reported }).click();
        await expect(chips.first()).toBeVisible();
        const labels = await chips.evaluateAll((buttons) =>
          buttons.map((button) => ({
            date: button.querySelector('.visually-hidden')?.textContent ?? '',
            label: button.querySelector('.timeline-item__label')?.textContent ?? null,
            sources: Number(button.getAttribute('data-sources')),
          })),
        );
        for (const chip of labels) {
          if (chip.label === null || chip.sources > 1) continue;
          expect(chip.date, `${at}: chip label`).toContain(chip.label);
        }
        await shot(`${at}-timeline-reported`);
        await page.getByRole('radio', { name: t.timeline.modes.happened }).click();
      }

      expect(gripChecks, 'a grip fell under the popup at some size').toBeGreaterThan(0);

      // Put back: identical blocks say they move together, and the status bar follows.
      await page.getByRole('radio', { name: t.views.reader }).click();
      await library.locator('.document-list__item', { hasText: /Volodymyr Zelensky/ }).click();
      await page.getByRole('button', { name: t.source.open }).click();
      const details = page.getByRole('region', { name: t.source.title });
      const twins = details.locator('li.set-aside', { hasText: 'Ouvrir en mode plein écran' });
      const count = await twins.count();
      expect(count).toBeGreaterThan(1);
      const status = page.locator('.status-bar');
      const before = await status.textContent();
      await twins
        .first()
        .getByRole('button', { name: t.source.putBackIdentical(count) })
        .click();
      await expect(
        twins.first().getByRole('button', { name: t.source.setAsideIdentical(count) }),
      ).toBeVisible();
      await expect(status).not.toHaveText(before!);
      await shot('put-back');
      info.annotations.push({
        type: 'status',
        description: `${before} → ${await status.textContent()}`,
      });
    });
  });
}
