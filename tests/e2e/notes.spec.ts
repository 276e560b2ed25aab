import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { dropFiles, expect, test, type RunningApp } from './fixtures';
import { selectText } from './reader-helpers';

const articles = ['crue-valmont-courrier.txt', 'brenne-flood-wire.md', 'crue-valmont-gazette.txt'];

async function importAndOpen(page: Page, app: RunningApp, title: RegExp) {
  await page.goto(app.url);
  await dropFiles(page, articles);
  await expect(page.locator('[data-status="imported"]')).toHaveCount(3);
  // The foundation's import reads no URL yet; set one as a user editing metadata would.
  app.corpus.db
    .prepare("UPDATE documents SET url = ? WHERE title LIKE 'Crue de la Brenne%'")
    .run('https://courrier.example/crue-brenne');
  await page.getByRole('button', { name: 'Close' }).click();
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: title })
    .click();
  await expect(page.locator('.passage').first()).toBeVisible();
}

async function newNote(page: Page, title: string) {
  await page.getByRole('tab', { name: 'Note' }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  const titleField = page.getByRole('textbox', { name: 'Note title' });
  await titleField.fill(title);
  await titleField.press('Enter');
  return page.getByRole('textbox', { name: 'Note text' });
}

/** Drags a reader passage onto the note the way a mouse drag does, with one DataTransfer. */
async function dragPassageIntoNote(page: Page, passageText: string) {
  // The reader may still be opening the document (a slow machine): wait for the passage.
  await expect(page.locator('.passage', { hasText: passageText }).first()).toBeVisible();
  await page.evaluate((text) => {
    const passage = [...document.querySelectorAll('.passage')].find((element) =>
      element.textContent?.includes(text),
    )!;
    const editor = document.querySelector('.note-editor__content')!;
    const box = editor.getBoundingClientRect();
    const transfer = new DataTransfer();
    passage.dispatchEvent(new DragEvent('dragstart', { dataTransfer: transfer, bubbles: true }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      editor.dispatchEvent(
        new DragEvent(type, {
          dataTransfer: transfer,
          bubbles: true,
          cancelable: true,
          clientX: box.left + 20,
          clientY: box.bottom - 10,
        }),
      );
    }
    passage.dispatchEvent(new DragEvent('dragend', { dataTransfer: transfer, bubbles: true }));
  }, passageText);
}

test.describe('notes that cite passages', () => {
  test('write a note, drag passages in, cite one with [[, reload, see backlinks, export', async ({
    page,
    app,
  }) => {
    await importAndOpen(page, app, /Crue de la Brenne/);
    const editor = await newNote(page, 'Crue : trois sources');
    await editor.click();
    await page.keyboard.type('## Constat');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Le maire parle de 1982 ');
    await expect(editor.locator('h2')).toHaveText('Constat');

    await dragPassageIntoNote(page, 'tel niveau depuis 1982');
    const quotes = editor.locator('.note-quote');
    await expect(quotes).toHaveCount(1);
    await expect(quotes.first()).toContainText('Nous n’avions pas vu un tel niveau depuis 1982');

    // A passage of another article, by the same drag.
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('button', { name: /Floods force/ })
      .click();
    await dragPassageIntoNote(page, 'such a level since 1982');
    await expect(quotes).toHaveCount(2);

    // [[ searches passages and inserts an inline citation.
    await editor.locator('p').last().click();
    await page.keyboard.type('Soutien : [[cellule psycho');
    const option = page.getByRole('option').filter({ hasText: 'cellule psychologique' }).first();
    await expect(option).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(editor.locator('.note-citation')).toHaveCount(1);
    await expect
      .poll(() =>
        app.corpus.db.prepare('SELECT source_url FROM note_links WHERE kind = ?').get('citation'),
      )
      .toEqual({ source_url: 'https://courrier.example/crue-brenne' });
    await expect(editor).not.toContainText('[[');
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    await page.screenshot({ path: 'test-results/notes-editor-beside-reader.png' });

    // Everything is stored: reload shows the same note, quotes and citation.
    await page.reload();
    const reloaded = page.getByRole('textbox', { name: 'Note text' });
    await expect(reloaded.locator('.note-quote')).toHaveCount(2);
    await expect(reloaded.locator('.note-citation')).toHaveCount(1);
    await expect(reloaded.locator('h2')).toHaveText('Constat');
    await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue(
      'Crue : trois sources',
    );

    // Clicking a quotation's source opens its passage; the Context tab lists the citing note.
    await reloaded.locator('.note-quote').first().getByRole('button', { name: /·/ }).click();
    await expect(page).toHaveURL(/\/document\/\d+#passage-\d+$/);
    await expect(page.locator('.passage--focused')).toContainText('tel niveau depuis 1982');
    await page.getByRole('tab', { name: 'Context' }).click();
    const cited = page.getByRole('region', { name: 'Cited in notes' });
    await expect(cited.getByRole('button')).toContainText('Crue : trois sources');

    // Export: a preview, then the file, read back.
    await cited.getByRole('button').first().click();
    await page.getByRole('button', { name: 'Export…' }).click();
    const preview = page.getByLabel(/Preview of Crue trois sources\.md/);
    await expect(preview).toContainText('title: "Crue : trois sources"');
    await page.screenshot({ path: 'test-results/notes-export-preview.png' });
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /Save file/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Crue trois sources.md');
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toMatch(/^---\ntitle: "Crue : trois sources"\n/);
    expect(markdown).toContain('## Constat');
    expect(markdown).toContain('> « Nous n’avions pas vu un tel niveau depuis 1982 »');
    expect(markdown).toContain('> "We have not seen such a level since 1982,"');
    expect(markdown).toMatch(/Soutien : \[\^1\]/);
    expect(markdown).toMatch(/\n\[\^1\]: “.*cellule psychologique/);
    expect(markdown).toContain('## Sources');
  });

  test('rename, search, duplicate, delete with undo', async ({ page, app }) => {
    await page.goto(app.url);
    const editor = await newNote(page, 'Premier jet');
    await editor.click();
    await page.keyboard.type('Hypothèse sur la digue');
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await page.getByRole('button', { name: '← All notes' }).click();

    const list = page.getByRole('region', { name: 'Notes' });
    await expect(list.locator('.notes-list__open', { hasText: 'Premier jet' })).toBeVisible();
    await list.getByRole('button', { name: 'Actions for Premier jet' }).click();
    await page.getByRole('menuitem', { name: 'Duplicate' }).click();
    await expect(
      list.locator('.notes-list__open', { hasText: 'Premier jet (copy)' }),
    ).toBeVisible();

    await list.getByRole('searchbox', { name: 'Search notes' }).fill('digue');
    await expect(list.locator('.notes-list__open')).toHaveCount(2);
    await list.getByRole('searchbox', { name: 'Search notes' }).fill('introuvable');
    await expect(list.getByText('No note matches “introuvable”.')).toBeVisible();
    await list.getByRole('searchbox', { name: 'Search notes' }).fill('');

    await list.getByRole('button', { name: 'Actions for Premier jet (copy)' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await expect(list.locator('.notes-list__open')).toHaveCount(1);
    await list.getByRole('button', { name: 'Undo' }).click();
    await expect(list.locator('.notes-list__open')).toHaveCount(2);
  });

  test('Markdown shortcuts, toolbar and undo shape the note, and the export follows', async ({
    page,
    app,
  }) => {
    await page.goto(app.url);
    const editor = await newNote(page, 'Mise en forme');
    await editor.click();
    await page.keyboard.type('### Questions');
    await page.keyboard.press('Enter');
    await page.keyboard.type('[ ] appeler la préfecture');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('> Une citation libre');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Un mot **important** et `code` ');
    await expect(editor.locator('h3')).toHaveText('Questions');
    await expect(editor.locator('li[role="checkbox"]')).toHaveText('appeler la préfecture');
    await expect(editor.locator('blockquote')).toHaveText('Une citation libre');
    await expect(editor.locator('strong, .note-bold').first()).toHaveText('important');
    await page.keyboard.type('effacé');
    await page.keyboard.press('Control+z');
    await expect(editor).not.toContainText('effacé');
    await page.getByRole('button', { name: /^Redo/ }).click();
    await expect(editor).toContainText('effacé');
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    const [note] = app.corpus.handlers['notes:list']({ query: '' }) as { id: number }[];
    const file = (await app.corpus.handlers['notes:export']({
      id: note!.id,
      linkStyle: 'plain',
      includeComments: true,
    })) as { markdown: string };
    expect(file.markdown).toContain('### Questions\n\n- [ ] appeler la préfecture');
    expect(file.markdown).toContain('> Une citation libre');
    expect(file.markdown).toContain('Un mot **important** et `code`');
  });

  test('drag a passage by its grip with the mouse, and press the grip to quote', async ({
    page,
    app,
  }) => {
    await importAndOpen(page, app, /Crue de la Brenne/);
    const editor = await newNote(page, 'Poignée');
    await page.locator('.passage', { hasText: '86 interventions' }).hover();
    const grip = page.getByRole('button', { name: /Drag this passage into the note/ });
    await expect(grip).toBeVisible();
    await grip.dragTo(editor);
    const quotes = editor.locator('.note-quote');
    await expect(quotes).toHaveCount(1);
    await expect(quotes.first()).toContainText('86 interventions');
    // The grip carried only the passage: outlet and title come from the corpus.
    await expect(quotes.first().locator('figcaption')).toContainText('Crue de la Brenne');

    await page.locator('.passage', { hasText: 'cellule psychologique' }).hover();
    await grip.click();
    await expect(quotes).toHaveCount(2);
    await expect(quotes.nth(1)).toContainText('cellule psychologique');
    await page.screenshot({ path: 'test-results/notes-grip.png' });
  });

  test('quote a selection in the note from the reader', async ({ page, app }) => {
    await importAndOpen(page, app, /Crue de la Brenne/);
    await newNote(page, 'Sélections');
    // Selected with the mouse, as a person does (the reader draws passages in several spans).
    await selectText(
      page,
      page.locator('.passage', { hasText: '86 interventions' }),
      '86 interventions',
    );
    await page.getByRole('button', { name: 'Quote in note' }).click();
    const quote = page.getByRole('textbox', { name: 'Note text' }).locator('.note-quote');
    await expect(quote.locator('blockquote')).toHaveText('86 interventions');
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    // Ctrl+Shift+Q does the same from the keyboard.
    await selectText(
      page,
      page.locator('.passage', { hasText: 'cellule psychologique' }),
      'cellule psychologique',
    );
    await page.keyboard.press('Control+Shift+Q');
    await expect(quote).toHaveCount(2);
    await expect(quote.nth(1).locator('blockquote')).toHaveText('cellule psychologique');
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await expect(quote).toHaveCount(2);

    // The source document goes away: the quote stays, and says so.
    app.corpus.db.prepare("DELETE FROM documents WHERE title LIKE 'Crue de la Brenne%'").run();
    await page.goto(app.url.replace(/\/document\/.*$/, '/'));
    await expect(quote.first().locator('blockquote')).toHaveText('86 interventions');
    await expect(quote.first()).toContainText('Source deleted from the corpus');
    await expect(quote.getByRole('button', { name: /·/ })).toHaveCount(0);
  });

  test('an edit made while saving fails is kept and saved on the next open', async ({
    page,
    app,
  }) => {
    await page.goto(app.url);
    const editor = await newNote(page, 'Brouillon');
    await page.route('**/api/notes:save', (route) => route.abort());
    await editor.click();
    await page.keyboard.type('Ne pas perdre ceci');
    await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
    await page.unroute('**/api/notes:save');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Note text' })).toContainText(
      'Ne pas perdre ceci',
    );
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    const [note] = app.corpus.handlers['notes:list']({ query: 'perdre' }) as { id: number }[];
    expect(note).toBeDefined();
  });
});
