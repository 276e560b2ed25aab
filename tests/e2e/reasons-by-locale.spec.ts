import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { catalogs } from '../../src/renderer/src/lib/strings';
import { expect, importFixtures, test } from './fixtures';
import { englishOnScreen } from './locale-helpers';

// The sentences about evidence and figure verdicts come from the main process as codes and
// values: each interface language words them, with its own dates and quotation marks.
// Screenshots go to test-results/reasons-by-locale/ for people to look at.
const outputDir = join('test-results', 'reasons-by-locale');
const articles = [
  'crue-valmont-courrier.txt',
  'crue-valmont-undated.txt',
  'crue-valmont-gazette.txt',
  'figures-orvault-gazette.txt',
  'figures-orvault-courrier.txt',
  'figures-orvault-matin.txt',
];
// What the English sentences say, which French must never show.
const englishWords =
  /counts? the same thing|Estimate changed|shares this quotation|photo credits|ranges that overlap|published|dated “|“/;

for (const locale of ['en', 'fr'] as const) {
  const t = catalogs[locale];
  test.describe(`in ${t.locale.names[locale]}`, () => {
    test.use({ locale: locale === 'fr' ? 'fr-FR' : 'en-US' });

    test('the evidence panel and the figure verdicts speak the interface language', async ({
      page,
      app,
    }) => {
      test.setTimeout(120_000);
      mkdirSync(outputDir, { recursive: true });
      await page.goto(app.url);
      await importFixtures(page, articles);
      await page
        .getByRole('region', { name: t.importPanelTitle })
        .getByRole('button', { name: t.close })
        .click();

      // The undated article: dated from the one it shares a quotation with, outlet unknown.
      const library = page.getByRole('navigation', { name: t.library });
      await library.getByRole('button', { name: /sinistrés de la Brenne/ }).click();
      await page.getByRole('button', { name: t.attribution.evidence, exact: true }).click();
      const evidence = page.getByRole('region', { name: t.attribution.evidenceTitle });
      await expect(evidence).toContainText(
        locale === 'fr' ? 'partage cette citation\u00a0: «\u00a0' : 'shares this quotation: “',
      );
      await expect(evidence).toContainText(t.attribution.outletUnknown['photo-credits-only']!);
      await expect(evidence).toContainText('Nous n’avions pas vu un tel niveau depuis 1982');
      await page.screenshot({ path: join(outputDir, `${locale}-evidence.png`) });
      if (locale === 'fr') {
        await expect(evidence).not.toContainText(englishWords);
        // The exact characters: a non-breaking space before the colon and inside « ».
        expect(await evidence.textContent()).toContain('partage cette citation\u00a0: «\u00a0');
        expect(await englishOnScreen(page)).toEqual([]);
      }

      await page.getByRole('radio', { name: t.views.crossCheck }).click();
      await page.getByRole('tab', { name: new RegExp(t.crossCheck.figures) }).click();
      const figures = page.getByRole('tabpanel', { name: new RegExp(t.crossCheck.figures) });
      const reasonOf = (text: string) =>
        figures.locator('.cluster', { hasText: text }).locator('.cluster__reason');
      const day = (iso: string) =>
        new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
      // One night's two counts, an estimate that changed a week later, overlapping ranges.
      await expect(reasonOf('55 drones')).toContainText(
        locale === 'fr'
          ? 'comptent la même chose au même moment'
          : 'count the same thing at the same time',
      );
      const firefighters = reasonOf('1 500 pompiers');
      await expect(firefighters).toContainText(
        locale === 'fr'
          ? 'L’estimation a changé au fil du temps\u00a0: «\u00a0'
          : 'Estimate changed over time: “',
      );
      await expect(firefighters).toContainText(day('2025-03-04'));
      await expect(firefighters).toContainText(day('2025-03-11'));
      await expect(reasonOf('1 300')).toContainText(
        locale === 'fr' ? 'fourchettes qui se recoupent' : 'ranges that overlap',
      );
      await figures.locator('.cluster', { hasText: '1 500 pompiers' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(outputDir, `${locale}-figures.png`), fullPage: true });
      if (locale === 'fr') {
        expect(await firefighters.textContent()).toContain(
          'L’estimation a changé au fil du temps\u00a0: «\u00a0',
        );
        for (const reason of await figures.locator('.cluster__reason').all())
          await expect(reason).not.toContainText(englishWords);
        expect(await englishOnScreen(page)).toEqual([]);
      }
    });
  });
}
