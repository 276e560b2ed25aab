import { expect, test } from './fixtures';
import { closeEditor, openImported } from './reader-helpers';

test('with no mouse: 2 highlights the passage reached with j, Ctrl+Shift+Q quotes it in the note', async ({
  page,
  app,
}) => {
  await openImported(page, app, ['conseil-municipal-valmont.txt']);
  await page.getByRole('tab', { name: 'Note' }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  await expect(page.getByRole('textbox', { name: 'Note title' })).toBeVisible();

  // j gives the keyboard focus to a passage; nothing is selected.
  await page.locator('.passage').first().focus();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const passage = page.locator('.passage--focused');
  await expect(passage).toBeFocused();
  const words = (await passage.textContent())!.trim();
  expect(words.length).toBeGreaterThan(40);

  // Before: with no words selected the key did nothing, and a keyboard cannot select words.
  await page.keyboard.press('2');
  await closeEditor(page);
  await expect(passage.locator('mark.highlight--green')).toHaveText(words);

  // Before: Ctrl+Shift+Q needed selected words; the grip that quotes a passage shows only
  // under a mouse pointer.
  await passage.focus();
  await page.keyboard.press('Control+Shift+Q');
  const quote = page.getByRole('textbox', { name: 'Note text' }).locator('.note-quote');
  await expect(quote).toHaveCount(1);
  await expect(quote).toContainText(words.slice(0, 60));
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
});
