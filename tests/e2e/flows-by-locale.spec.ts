import { readFileSync } from 'node:fs';
import { catalogs } from '../../src/renderer/src/lib/strings';
import { dropFiles, expect, test } from './fixtures';
import { englishOnScreen } from './locale-helpers';
import { selectText } from './reader-helpers';

// The main flows — import, read, highlight, search, cross-check, timeline, note and export —
// once per interface language, found by the words of that language's catalog. Playwright's
// `locale` sets navigator.language, which picks the language at first start.
const articles = ['crue-valmont-courrier.txt', 'brenne-flood-wire.md', 'crue-valmont-gazette.txt'];
const months = {
  en: /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/,
  fr: /\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/,
};

for (const locale of ['en', 'fr'] as const) {
  const t = catalogs[locale];
  const other = locale === 'en' ? 'fr' : 'en';
  test.describe(`in ${t.locale.names[locale]}`, () => {
    test.use({ locale: locale === 'fr' ? 'fr-FR' : 'en-US' });

    test('import, read, highlight, search, cross-check, timeline, note and export', async ({ page, app }) => {
      test.setTimeout(120_000);
      /** Picks a language in a language menu (the interface's or the export's). */
      const choose = async (label: string, name: string) => {
        await page.getByRole('button', { name: new RegExp(label) }).click();
        await page.getByRole('listbox', { name: label }).getByRole('option', { name }).click();
      };
      const noEnglish = async () => {
        if (locale === 'fr') expect(await englishOnScreen(page)).toEqual([]);
      };
      await page.goto(app.url);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);

      // Import.
      await dropFiles(page, articles);
      const panel = page.getByRole('region', { name: t.importPanelTitle });
      await expect(panel.locator('[data-status="imported"]')).toHaveCount(3, { timeout: 60_000 });
      await expect(panel).toContainText(t.importDone(3, 3));
      await noEnglish();
      await panel.getByRole('button', { name: t.close }).click();
      const documents = t.corpusSize(3, 2).split(' · ')[0]!;
      await expect(page.locator('.status-bar')).toContainText(`${documents} · `);

      // Read and highlight, with a comment.
      const library = page.getByRole('navigation', { name: t.library });
      await library.getByRole('button', { name: /Crue de la Brenne/ }).click();
      const passage = page.locator('.passage', { hasText: '86 interventions' });
      await selectText(page, passage, '86 interventions');
      await page.keyboard.press('1');
      const editor = page.getByRole('dialog', { name: t.reader.editor });
      await editor.getByLabel(t.reader.comment).fill('À recouper');
      await editor.getByRole('button', { name: t.reader.save }).click();
      await expect(page.locator('main')).toContainText(t.reader.highlightCount(1));
      await expect(page.locator('main')).toContainText(t.dateFrom.text);
      await noEnglish();

      // Search.
      // Ctrl+K opens the command palette; the search field is focused as a click would.
      await page.getByRole('searchbox', { name: t.searchLabel }).focus();
      await page.keyboard.type('cellule psychologique');
      const results = page.getByRole('listbox', { name: t.searchLabel });
      await expect(results.getByRole('option')).not.toHaveCount(0);
      await noEnglish();
      await results.getByRole('option').first().click();
      await expect(page.locator('.passage--focused')).toContainText('cellule psychologique');

      // Cross-check: the mayor's quote, carried by two outlets.
      await page.getByRole('radio', { name: t.views.crossCheck }).click();
      await expect(page.getByText(t.crossCheck.saidBy('Hélène Garnier'))).toBeVisible();
      await noEnglish();

      // Timeline: axis dates in the language's own words.
      await page.getByRole('radio', { name: t.views.timeline }).click();
      const chart = page.getByRole('group', { name: t.timeline.chart });
      await expect(chart).toBeVisible();
      await expect(chart.getByRole('button').first()).toHaveAccessibleName(
        locale === 'fr' ? /événements? de \d+ sources?/ : /events? from \d+ sources?/,
      );
      await noEnglish();

      // A note quoting the highlighted words; the language switches while it is being typed.
      await page.getByRole('radio', { name: t.views.reader }).click();
      await library.getByRole('button', { name: /Crue de la Brenne/ }).click();
      await expect(passage).toBeVisible();
      await page.getByRole('tab', { name: t.sidePanel.note }).click();
      await page.getByRole('button', { name: t.notes.newNote }).click();
      const title = page.getByRole('textbox', { name: t.notes.titleLabel });
      await title.fill('Crue');
      await title.press('Enter');
      await selectText(page, passage, '86 interventions');
      await page.getByRole('button', { name: t.notes.quoteInNote }).click();
      const note = page.getByRole('textbox', { name: t.notes.editorLabel });
      await expect(note.locator('.note-quote blockquote')).toHaveText('86 interventions');
      await note.locator('p').last().click();
      await page.keyboard.type('Pas encore fini');
      await choose(t.locale.label, t.locale.names[other]);
      const u = catalogs[other];
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      const noteNow = page.getByRole('textbox', { name: u.notes.editorLabel });
      await expect(noteNow).toContainText('Pas encore fini');
      // The language menu took the focus; the caret goes back to the end of the note.
      await noteNow.locator('p').last().click();
      await page.keyboard.press('End');
      await page.keyboard.type(', suite');
      await choose(u.locale.label, u.locale.names[locale]);
      await expect(note).toContainText('Pas encore fini, suite');
      await expect(page.getByRole('status').filter({ hasText: t.notes.status.saved })).toBeVisible();
      await noEnglish();

      // Export: labels and dates in the interface language, then in the other one.
      await page.getByRole('button', { name: t.notes.export }).click();
      const preview = page.getByLabel(t.notes.exportPreview('Crue.md'));
      await expect(preview).toContainText('title: "Crue"');
      await expect(preview).toHaveText(months[locale]);
      await noEnglish();
      await choose(t.notes.exportLanguage, t.locale.names[other]);
      await expect(preview).toHaveText(months[other]);
      await choose(t.notes.exportLanguage, t.locale.names[locale]);
      await expect(preview).toHaveText(months[locale]);
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: new RegExp(t.notes.exportSave) }).click();
      const markdown = readFileSync(await (await downloading).path(), 'utf8');
      expect(markdown).toMatch(/^---\ntitle: "Crue"\ncreated: /);
      expect(markdown).toMatch(months[locale]);
      expect(markdown).toContain('## Sources');
    }); // prettier-ignore
  });
}
