import { expect, test } from '@playwright/test';
import { fillDateField, FrontDesk } from '../pages/front-desk';
import { PINNED_NOW, pinClock } from '../support/clock';

test.beforeEach(async ({ context }) => {
  await pinClock(context);
});

const iso = (d: Date) => d.toISOString().slice(0, 10);
const longDate = (d: Date) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);

/** The first Thursday of the month `offset` months from the pinned now (UTC dates, as the app keeps them). */
function firstThursday(offset: number): Date {
  const now = new Date(PINNED_NOW);
  const day = new Date(Date.UTC(now.getFullYear(), now.getMonth() + offset, 1));
  while (day.getUTCDay() !== 4) day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

test('a clinic on "the first Thursday of the month" reads back in words and meets on first Thursdays', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.app.open('/clinics/new');
  await page.getByLabel('Clinic name').fill('Immigration surgery');
  await page.getByLabel('Kind').selectOption({ label: 'Specialist clinic' });
  await page.getByRole('radio', { name: 'Once a month, on a weekday' }).check();
  await page.getByLabel('Which week').selectOption({ label: 'First' });
  await page.getByLabel('Weekday', { exact: true }).selectOption({ label: 'Thursday' });
  await expect(page.getByText('every month on the 1st Thursday')).toBeVisible();
  // Sessions are made for the coming twelve weeks: check the next two first Thursdays.
  const first = firstThursday(1);
  const second = firstThursday(2);
  await fillDateField(page, 'Starts on', iso(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1))));
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await expect(desk.app.status('Immigration surgery created')).toBeVisible();

  await expect(page.getByRole('table', { name: 'Clinics' })).toContainText('every month on the 1st Thursday');
  const week = page.getByRole('list', { name: /^Week of/ });
  for (const thursday of [first, second]) {
    await desk.app.open(`/clinics?date=${iso(thursday)}`);
    await expect(week.getByRole('link', { name: `Immigration surgery, ${longDate(thursday)}, 10:00` })).toBeVisible();
    const weekLater = new Date(thursday.getTime() + 7 * 86_400_000);
    await desk.app.open(`/clinics?date=${iso(weekLater)}`);
    await expect(week.getByRole('link', { name: /Immigration surgery/ })).toHaveCount(0);
  }
});

test('a weekly clinic needs at least one day, said next to the days', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.app.open('/clinics/new');
  await page.getByLabel('Clinic name').fill('Job club');
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await expect(page.getByText('Choose at least one day of the week')).toBeVisible();
  await desk.app.open('/clinics');
  await expect(page.getByText('No clinics yet.')).toBeVisible();
});
