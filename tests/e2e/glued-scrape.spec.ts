import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedsDir } from '../support/temp-corpus';
import { expect, test } from './fixtures';
import { expectAccessible } from './layout-checks';
import { openImported } from './reader-helpers';

// Seed 003 is a live blog scraped without its paragraph breaks: the reader shows its entries
// as paragraphs, with no heading glued to the paragraph after it ("…de l’OtanLe déploiement").
const outputDir = process.env.RECOUPE_SCREENSHOTS_DIR ?? join('test-results', 'glued-scrape');

test('the reader shows a glued live blog as its paragraphs', async ({ page, app }) => {
  const seed = '003_577cc49d466dc7a4.txt';
  test.skip(!existsSync(join(seedsDir, seed)), `the seed corpus is absent (${seedsDir})`);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openImported(page, app, [join('..', '..', '..', 'shared', 'corpus', 'seeds', seed)]);
  const passages = page.locator('.passage');
  const texts = await passages.allTextContents();
  expect(texts.join('\n')).not.toMatch(/\p{Ll}(Le|Kiev) /u);
  const entry = passages.filter({ hasText: /^Kiev a annoncé ce lundi/ });
  await expect(entry).toHaveCount(1);
  await expect(passages.filter({ hasText: /^Volodymyr Zelensky avait affirmé/ })).toHaveCount(1);
  // An entry's heading reads as one (bold, a heading to screen readers); its paragraph does not.
  const heading = page.getByRole('heading', { name: /^Kiev dit avoir arrêté un volontaire/ });
  await expect(heading).toHaveClass(/passage--subheading/);
  await expect(entry).not.toHaveAttribute('role', 'heading');
  await expect(page.getByRole('heading', { name: 'Les infos à retenir :' })).toHaveCount(1);
  await expectAccessible(page, 'reader with subheadings');
  // Its bullets stay in the article, each a passage of its own.
  await expect(passages.filter({ hasText: /^⇒ / })).toHaveCount(3);

  mkdirSync(outputDir, { recursive: true });
  await page.screenshot({ path: join(outputDir, 'reader-1440.png') });
  await passages.filter({ hasText: /^⇒ / }).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(outputDir, 'reader-1440-bullets.png') });
  await entry.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(outputDir, 'reader-1440-entries.png') });
});
