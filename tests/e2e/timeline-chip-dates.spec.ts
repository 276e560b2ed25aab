import { dropFiles, expect, test } from './fixtures';
import { switchToFrench } from './locale-helpers';

// Three days in a row and a report months later, in one article with no stated publish date:
// the import estimates it ("Jun 20, 2025 or later"), and the three days share one chip.
const article = {
  name: 'crue-vienne-bilan.txt',
  bytes: [
    'Crue de la Vienne : le bilan',
    '',
    'Le lundi 3 mars 2025, la Vienne est sortie de son lit à Châtellerault. Le mardi 4 mars 2025, la préfecture a ouvert un centre d’accueil au gymnase. Le mercredi 5 mars 2025, les eaux ont commencé à baisser.',
    '',
    'Le bilan définitif des dégâts a été présenté le 20 juin 2025 par la préfecture de la Vienne.',
  ].join('\n'),
};

const words = {
  en: {
    timeline: 'Timeline',
    reported: 'When it was reported',
    happened: 'When it happened',
    days: /^Mar 3\s–\s5, 2025: 3 events from 1 source/,
    heading: /^Events around Mar 3\s–\s5, 2025$/,
    reportedLabel: 'Jun 20, 2025 or later',
    reportedName: /^Jun 20, 2025 or later · estimated: 4 events from 1 source/,
  },
  fr: {
    timeline: 'Chronologie',
    reported: 'La date de publication',
    happened: 'La date des faits',
    days: /^3–5 mars 2025\s: 3 événements de 1 source/,
    heading: /^Événements\s: 3–5 mars 2025$/,
    reportedLabel: 'le 20 juin 2025 ou après',
    reportedName: /^le 20 juin 2025 ou après · estimée\s: 4 événements de 1 source/,
  },
} as const;

test('a timeline chip names the days all its events cover, and an estimated publish date as an estimate', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await dropFiles(page, [article]);
  await expect(page.locator('[data-status="imported"]')).toHaveCount(1, { timeout: 60_000 });
  expect(
    app.corpus.db.prepare('SELECT published_basis AS basis FROM documents').get(),
  ).toEqual({ basis: 'estimated' });

  for (const language of ['en', 'fr'] as const) {
    const t = words[language];
    if (language === 'fr') await switchToFrench(page);
    await page.getByRole('radio', { name: t.timeline }).click();
    const chips = page.locator('.timeline-item__button');
    await page.getByRole('radio', { name: t.happened }).click();
    // Before: "Mar 3, 2025: 3 events", as if the three had happened on the first day.
    const days = chips.filter({ hasText: t.days });
    await expect(days).toHaveCount(1);
    await days.click();
    await expect(page.locator('.event-details h2')).toHaveText(t.heading);

    // Before: "Jun 20, 2025", the estimate as a plain day, on the chip and for screen readers.
    await page.getByRole('radio', { name: t.reported }).click();
    const reported = chips.filter({ hasText: t.reportedName });
    await expect(reported).toHaveCount(1);
    await expect(reported.locator('.timeline-item__label')).toHaveText(t.reportedLabel);
    await page.screenshot({ path: `test-results/timeline-chip-dates-${language}.png` });
  }
}); // prettier-ignore
