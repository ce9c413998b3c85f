import { expect, test } from '@playwright/test';
import { FrontDesk } from '../pages/front-desk';

test('a clinic on "the first Thursday of the month" reads back in words and meets on first Thursdays', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.app.open('/clinics/new');
  await page.getByLabel('Clinic name').fill('Immigration surgery');
  await page.getByLabel('Kind').selectOption({ label: 'Specialist clinic' });
  await page.getByRole('radio', { name: 'Once a month, on a weekday' }).check();
  await page.getByLabel('Which week').selectOption({ label: 'First' });
  await page.getByLabel('Weekday', { exact: true }).selectOption({ label: 'Thursday' });
  await expect(page.getByText('every month on the 1st Thursday')).toBeVisible();
  await page.getByLabel('Starts on').fill('2026-11-01');
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await expect(desk.app.status('Immigration surgery created')).toBeVisible();

  await expect(page.getByRole('table', { name: 'Clinics' })).toContainText('every month on the 1st Thursday');
  await desk.app.open('/clinics?date=2026-12-03');
  await expect(page.getByRole('link', { name: /^Immigration surgery, Thursday,? 3 December 2026, 10:00$/ })).toBeVisible();
  await desk.app.open('/clinics?date=2026-12-10');
  await expect(page.getByRole('list', { name: /^Week of/ }).getByRole('link', { name: /Immigration surgery/ })).toHaveCount(0);
  await desk.app.open('/clinics?date=2027-01-07');
  await expect(page.getByRole('link', { name: /^Immigration surgery, Thursday,? 7 January 2027, 10:00$/ })).toBeVisible();
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
