import { expect, test } from './fixtures';

test('a note is started, titled and written from the keyboard alone', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('tab', { name: 'Note' }).click();
  await page.getByRole('button', { name: 'New note' }).focus();
  await page.keyboard.press('Enter');
  // The pressed button goes with the list: the focus used to fall to the page's body.
  const title = page.getByRole('textbox', { name: 'Note title' });
  await expect(title).toBeFocused();
  // Selected, so typing replaces the placeholder title.
  await page.keyboard.type('Crue de la Vienne');
  await expect(title).toHaveValue('Crue de la Vienne');

  // Enter used to keep the focus in the title: the first sentence ran on into it.
  await page.keyboard.press('Enter');
  const text = page.getByRole('textbox', { name: 'Note text' });
  await expect(text).toBeFocused();
  await page.keyboard.type('Trois jours de crue, du 3 au 5 mars.');
  await expect(text).toHaveText('Trois jours de crue, du 3 au 5 mars.');
  await expect(title).toHaveValue('Crue de la Vienne');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  // Back to the list: the note just left has the focus, and Enter opens it again.
  await page.getByRole('button', { name: 'All notes' }).focus();
  await page.keyboard.press('Enter');
  const row = page.getByRole('button', { name: /^Crue de la Vienne/ });
  await expect(row).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('Crue de la Vienne');
  await expect(text).toHaveText('Trois jours de crue, du 3 au 5 mars.');
});
