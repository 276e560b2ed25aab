import { dropFiles, expect, test } from './fixtures';
import { englishOnScreen } from './locale-helpers';
import { jsonExport } from '../support/telegram-export';

// 28 October 2024, 07:52 in Paris (UTC+01:00).
const unix = Date.UTC(2024, 9, 28, 6, 52) / 1000;

test('a private chat and a cut-short export ask on their items, and import once answered by keyboard', async ({
  page,
  app,
}, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.url);
  const privateChat = jsonExport(
    {
      name: 'Marie Dupont',
      type: 'personal_chat',
      id: 77,
      messages: [
        { id: 1, unix, from: 'Marie Dupont', parts: ['Rendez-vous demain à la préfecture.'] },
      ],
    },
    60,
  );
  const whole = jsonExport(
    {
      name: 'Le Fil Info',
      type: 'public_channel',
      id: 9001,
      messages: [
        { id: 1, unix, parts: ['Première dépêche : la digue tient.'] },
        { id: 2, unix: unix + 60, parts: ['Deuxième dépêche : 300 foyers évacués.'] },
        { id: 3, unix: unix + 120, service: 'pinned a message' },
        { id: 4, unix: unix + 180, parts: ['Troisième dépêche, perdue dans la coupure.'] },
      ],
    },
    60,
  );
  const truncated = whole.slice(0, whole.indexOf('"id": 4'));
  await dropFiles(page, [
    { name: 'marie.json', bytes: privateChat },
    { name: 'result.json', bytes: truncated },
  ]);

  const panel = page.getByRole('region', { name: 'Import' });
  await expect(panel.locator('[data-status="question"]')).toHaveCount(2, { timeout: 20_000 });
  await expect(panel.getByText('2 of 2 files processed · 2 awaiting your answer')).toBeVisible();
  const chatItem = panel.locator('li', { hasText: 'marie.json' });
  await expect(chatItem).toContainText(
    '“Marie Dupont” is a personal or group chat, not a channel: its messages are private.',
  );
  const cutItem = panel.locator('li', { hasText: 'result.json' });
  await expect(cutItem).toContainText(
    `stops being valid JSON at byte ${Buffer.byteLength(truncated).toLocaleString('en')}`,
  );
  await expect(cutItem).toContainText('2 posts were read before that point');
  // Nothing is imported before the user answers.
  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library).not.toContainText('Première dépêche');
  await page.screenshot({ path: testInfo.outputPath('telegram-questions-1440.png') });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: testInfo.outputPath('telegram-questions-1024.png') });

  // Answered from the keyboard: focus the button, then Enter / Space.
  const keep = cutItem.getByRole('button', { name: 'Keep the 2 posts read' });
  await keep.focus();
  await page.keyboard.press('Enter');
  const importChat = chatItem.getByRole('button', { name: 'Import private chat' });
  await importChat.focus();
  await page.keyboard.press('Space');

  await expect(panel.locator('[data-status="imported"]')).toHaveCount(2, { timeout: 20_000 });
  await expect(panel.getByText('2 of 2 files processed', { exact: true })).toBeVisible();
  await expect(panel).toContainText('Telegram “Le Fil Info”: 2 posts imported');
  await expect(cutItem).toContainText(
    `The export breaks at byte ${Buffer.byteLength(truncated).toLocaleString('en')}: only the posts before it were imported`,
  );
  await expect(panel).toContainText('Telegram “Marie Dupont”: 1 post imported');
  await page.screenshot({ path: testInfo.outputPath('telegram-questions-answered-1024.png') });
  await expect(library).toContainText('Première dépêche');
  await expect(library).toContainText('Deuxième dépêche');
  await expect(library).toContainText('Rendez-vous demain à la préfecture.');
  await expect(library).not.toContainText('Troisième dépêche');
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('the questions and their buttons are asked in French', async ({ page, app }, testInfo) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(app.url);
    const chat = jsonExport(
      {
        name: 'Marie Dupont',
        type: 'personal_chat',
        id: 78,
        messages: [{ id: 1, unix, from: 'Marie Dupont', parts: ['À demain.'] }],
      },
      60,
    );
    await dropFiles(page, [{ name: 'marie.json', bytes: chat }]);
    const panel = page.getByRole('region', { name: 'Import' });
    await expect(panel.locator('[data-status="question"]')).toHaveCount(1, { timeout: 20_000 });
    await expect(panel).toContainText('est une conversation personnelle ou de groupe');
    await expect(panel.getByText('1 en attente de votre réponse', { exact: false })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('telegram-questions-fr-1024.png') });
    expect(await englishOnScreen(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Importer la conversation privée' }).click();
    await expect(panel.locator('[data-status="imported"]')).toHaveCount(1, { timeout: 20_000 });
  });
});
