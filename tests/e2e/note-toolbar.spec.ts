import { expect, test } from './fixtures';
import { WINDOW_SIZES } from './layout-checks';

// The note pane is narrowest at 1024×700: its toolbar's block group (¶ H2 H3 ❝ { } • 1. ☑) is
// wider than the pane and was cut at its right edge, "{ }" broken over two lines.
test('every note toolbar button is whole and on one line, at every window size', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByRole('tab', { name: 'Note' }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  const toolbar = page.locator('.note-toolbar');
  await expect(toolbar).toBeVisible();
  for (const size of WINDOW_SIZES) {
    await page.setViewportSize(size);
    const faults = await toolbar.evaluate((bar) => {
      const box = bar.getBoundingClientRect();
      return [...bar.querySelectorAll('button')].flatMap((button) => {
        const rect = button.getBoundingClientRect();
        const label = button.getAttribute('aria-label');
        const lines = new Set(
          [...button.querySelectorAll('*'), button].flatMap((node) =>
            [...node.childNodes]
              .filter((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim())
              .flatMap((child) => {
                const range = document.createRange();
                range.selectNodeContents(child);
                return [...range.getClientRects()].map((line) => Math.round(line.top));
              }),
          ),
        );
        if (rect.right > box.right + 0.5) return [`${label} cut at the right edge`];
        if (lines.size > 1) return [`${label} on ${lines.size} lines`];
        return [];
      });
    });
    expect(faults, `${size.width}×${size.height}`).toEqual([]);
    await page.screenshot({ path: `test-results/note-toolbar-${size.width}x${size.height}.png` });
  }
});
