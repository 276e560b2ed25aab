import { expect, test } from './fixtures';
import {
  closeEditor,
  importFiles,
  openImported,
  selectText,
  storeDocument,
} from './reader-helpers';

const QUOTE = 'Nous n’avions pas vu un tel niveau depuis 1982';

test.describe('the reader', () => {
  test('select text, highlight it, comment, reload and find it again', async ({ page, app }) => {
    await openImported(page, app, ['crue-valmont-gazette.txt']);
    const passage = page.locator('.passage', { hasText: 'tel niveau depuis 1982' });

    await selectText(page, passage, QUOTE);
    const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' });
    await expect(toolbar).toBeVisible();
    await toolbar.getByRole('button', { name: /Confirmed/ }).click();

    const editor = page.getByRole('dialog', { name: 'Highlight' });
    await expect(editor).toBeVisible();
    await expect(editor.getByRole('radio', { name: 'Confirmed' })).toBeChecked();
    await editor.getByLabel('Comment').fill('Même citation dans Le Courrier');
    await editor.getByLabel('Tags').fill('maire, citation');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor).toBeHidden();

    const mark = page.locator('mark.highlight');
    await expect(mark).toHaveText(QUOTE);
    await expect(mark).toHaveClass(/highlight--green/);
    await expect(mark).toHaveAttribute('title', 'Confirmed: Même citation dans Le Courrier');

    await page.reload();
    await expect(page.locator('mark.highlight')).toHaveText(QUOTE);
    await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('1 highlight');
    await page.locator('mark.highlight').click();
    await expect(page.getByRole('textbox', { name: 'Comment' })).toHaveValue(
      'Même citation dans Le Courrier',
    );
    await expect(page.getByLabel('Tags')).toHaveValue('maire, citation');

    // The side panel shows the passage's highlight with its label, comment and tags.
    const side = page.getByRole('complementary', { name: 'Context' });
    await expect(side.getByRole('region', { name: 'Highlights in this passage' })).toContainText(
      'Même citation dans Le Courrier',
    );
  });

  test('a highlight key marks the selection, and re-processing keeps it anchored', async ({
    page,
    app,
  }) => {
    await openImported(page, app, ['conseil-municipal-valmont.txt']);
    // The maire's sentence appears twice: highlight the second occurrence, with key 4.
    const repeated = 'Il faudra reconstruire la digue avant l’hiver';
    const last = page.locator('.passage', { hasText: 'En fin de séance' });
    await selectText(page, last, repeated);
    await page.keyboard.press('4');
    await closeEditor(page);
    await expect(last.locator('mark.highlight--pink')).toHaveText(repeated);

    // Re-process: the clean text gains a header paragraph, passages shift with it.
    const id = Number(/document\/(\d+)/.exec(page.url())![1]);
    const header = 'Mise à jour le 22 mars 2025 à 9 h : ajout de la réaction du préfet.\n\n';
    app.corpus.db.prepare('UPDATE documents SET text = ? || text WHERE id = ?').run(header, id);
    app.corpus.db
      .prepare(
        'UPDATE passages SET start_offset = start_offset + ?, end_offset = end_offset + ? WHERE document_id = ?',
      )
      .run(header.length, header.length, id);
    const report = await app.corpus.handlers['highlights:reanchor']({ documentId: id });
    expect(report.counts).toMatchObject({ moved: 1, orphaned: 0 });

    await page.reload();
    await expect(page.locator('mark.highlight')).toHaveCount(1);
    await expect(last.locator('mark.highlight--pink')).toHaveText(repeated);
  });

  test('keyboard: passages with j/k, highlights with ], find with Ctrl+F', async ({
    page,
    app,
  }) => {
    await openImported(page, app, ['conseil-municipal-valmont.txt']);
    await page.keyboard.press('j');
    await expect(page).toHaveURL(/#passage-0$/);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(page).toHaveURL(/#passage-2$/);
    await expect(page.locator('#passage-2')).toHaveClass(/passage--focused/);
    await page.keyboard.press('k');
    await expect(page).toHaveURL(/#passage-1$/);

    await page.keyboard.press('Control+f');
    const find = page.getByRole('searchbox', { name: 'Find in document' });
    await expect(find).toBeFocused();
    await find.fill('digue');
    const count = page.locator('.find-bar__count');
    // The masthead, the headline and the "Tags :" line are set aside as page text around the
    // article once imported, so the two mentions in the body remain.
    await expect(count).toHaveText('1 of 2');
    await expect(page.locator('.find-match')).toHaveCount(2);
    await find.press('Enter');
    await expect(count).toHaveText('2 of 2');
    await expect(page.locator('.find-match--current')).toBeInViewport();
    await find.fill('reconstruction');
    await expect(count).toHaveText('1 of 1');
    await find.press('Escape');
    await expect(find).toBeHidden();

    const budget = page.locator('.passage', { hasText: 'Le budget de reconstruction' });
    await selectText(page, budget, '4,2 millions d’euros');
    await page.keyboard.press('1');
    await closeEditor(page);
    await expect(page.locator('mark.highlight--yellow')).toHaveText('4,2 millions d’euros');
    await page.keyboard.press('k');
    await page.keyboard.press(']');
    await expect(page.locator('mark.highlight--current')).toHaveText('4,2 millions d’euros');
    await expect(page.locator('.passage--focused')).toContainText('Le budget de reconstruction');
    await page.keyboard.press('c');
    const editor = page.getByRole('dialog', { name: 'Highlight' });
    await expect(editor.getByLabel('Comment')).toBeFocused();
    await page.keyboard.type('Chiffre à confirmer par la préfecture');
    await page.keyboard.press('Control+Enter');
    await expect(editor).toBeHidden();
    await expect(page.locator('mark.highlight--yellow')).toHaveAttribute(
      'title',
      'Key point: Chiffre à confirmer par la préfecture',
    );

    // s opens the context panel of the focused passage.
    await page.keyboard.press('s');
    await expect(page.getByRole('complementary', { name: 'Context' })).toBeFocused();
  });

  test('the context panel lists similar passages from other documents', async ({ page, app }) => {
    await page.goto(app.url);
    await importFiles(page, ['crue-valmont-courrier.txt', 'crue-valmont-gazette.txt']);
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('button', { name: /Inondations/ })
      .click();
    await page.locator('.passage', { hasText: 'tel niveau depuis 1982' }).click();
    const side = page.getByRole('complementary', { name: 'Context' });
    const other = side.getByRole('region', { name: 'Other sources' }).getByRole('button').first();
    await expect(other).toContainText('tel niveau depuis 1982');
    await other.click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Crue de la Brenne');
    await expect(page.locator('.passage--focused')).toContainText('tel niveau depuis 1982');
  });

  test('a long document opens at once and its passage links land', async ({ page, app }) => {
    test.setTimeout(120_000);
    const paragraph = (index: number) =>
      `Paragraphe ${index} : la Brenne a continué de monter pendant la nuit, selon les relevés de la station du pont de la Gare, et les équipes ont poursuivi les évacuations dans les quartiers bas. Les habitants attendent des nouvelles ; certains dorment chez des proches.`;
    const text =
      'Chronique de la crue, heure par heure\n\n' +
      Array.from({ length: 4000 }, (_, index) => paragraph(index)).join('\n\n');
    expect(text.length).toBeGreaterThan(1_000_000);
    // Stored directly (zero vectors): the reader is under test here, not the embedder's speed.
    storeDocument(app, 'Chronique de la crue, heure par heure', text);
    await page.goto(app.url);
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button').first().click();
    await expect(page.locator('.passage').first()).toBeVisible();
    // Opening at once is shown by structure, not a stopwatch (timing belongs in the benchmarks):
    // only a chunk is drawn at first; more passages appear as the reader scrolls.
    const drawn = await page.locator('.passage').count();
    expect(drawn).toBeLessThan(200);
    await page.locator('.passage').last().scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.passage').count()).toBeGreaterThan(drawn);

    await page.goto(`${page.url().split('#')[0]}#passage-3500`);
    await expect(page.locator('#passage-3500')).toHaveClass(/passage--focused/);
    await expect(page.locator('#passage-3500')).toBeInViewport();
    await expect(page.locator('#passage-3500')).toContainText('Paragraphe 3499 :');
  });

  test('delete a document with confirmation and undo; its highlights stay as orphans', async ({
    page,
    app,
  }) => {
    await page.goto(app.url);
    await importFiles(page, ['crue-valmont-gazette.txt']);
    const library = page.getByRole('navigation', { name: 'Library' });
    await library.getByRole('button').first().click();
    await selectText(page, page.locator('.passage', { hasText: '1982' }), QUOTE);
    await page.keyboard.press('2');
    await closeEditor(page);
    await expect(library).toContainText('1 highlight');

    await page.getByRole('button', { name: 'Delete document…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete this document?' });
    await expect(confirm).toContainText('Its 1 highlight will be kept as an orphan');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.getByRole('button', { name: 'Delete document…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    const toast = page.getByRole('status').filter({ hasText: 'Deleted' });
    await expect(toast).toBeVisible();
    await expect(library.locator('.document-list__item')).toHaveCount(0);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(library.locator('.document-list__item')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Valmont');
    expect(app.corpus.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 1 });

    await page.getByRole('button', { name: 'Delete document…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('status').getByRole('button', { name: 'Close' }).click();
    await expect(library.getByText('1 highlight from deleted documents')).toBeVisible();
    await library.getByText('1 highlight from deleted documents').click();
    await expect(library.locator('.orphans__quote')).toHaveText(QUOTE);
    expect(app.corpus.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
  });

  test('the header shows source, dated provenance, language, and the URL behind a click', async ({
    page,
    app,
  }) => {
    const id = storeDocument(
      app,
      'La digue de Valmont',
      'La digue de Valmont\n\nLe préfet a confirmé : « la digue sera reconstruite » ; pourquoi si tard ?',
    );
    app.corpus.db
      .prepare(
        `UPDATE documents SET outlet = 'Le Courrier de la Brenne', author = 'Claire Morel',
           url = 'https://example.org/digue', published_at = '2025-03-21',
           published_at_source = 'text' WHERE id = ?`,
      )
      .run(id);
    await page.goto(app.url.replace('/?', `/document/${id}?`));
    const header = page.locator('.reader__header');
    await expect(header).toContainText('Le Courrier de la Brenne · Claire Morel');
    await expect(header).toContainText('(from the text) · French');
    const link = header.getByRole('link', { name: 'https://example.org/digue' });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // French typography: no line may start with « » : ; ? (the spaces before them do not break).
    const passage = await page.locator('.passage').nth(1).textContent();
    expect(passage).toContain('confirmé\u00a0: «\u00a0la digue sera reconstruite\u00a0»\u202f;');
    expect(passage).toContain('tard\u202f?');
  });

  test('a document that fails to load says so and offers a way back', async ({ page, app }) => {
    await page.goto(app.url.replace('/?', '/document/999?'));
    await expect(page.getByRole('alert')).toContainText('Document 999 does not exist.');
    await page.getByRole('button', { name: 'Back to the library' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByText('No documents yet.').first()).toBeVisible();
  });
});
