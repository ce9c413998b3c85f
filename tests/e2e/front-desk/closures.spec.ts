/**
 * Closure days: a forum closes on its nation's bank holidays and its own days; a session
 * on a new closure day is closed and the people booked into it are listed for rebooking.
 */
import { expect, test } from '@playwright/test';
import { fillDateField } from '../pages/date-field';
import { FrontDesk } from '../pages/front-desk';
import { pinClock } from '../support/clock';

test.beforeEach(async ({ context }) => {
  await pinClock(context); // Wednesday 10 June 2026, 09:00
});

test('a new closure day closes its sessions and lists the people booked for rebooking', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.createClinic({ name: 'Benefits clinic', kind: 'Appointments', opens: '18:00', closes: '20:00' });
  await desk.register({ name: 'Piotr Nowak', birthYear: '1980' });
  await desk.app.open('/clinics?date=2026-06-12');
  await page.getByRole('link', { name: /^Benefits clinic, .*12 June 2026/ }).click();
  await desk.bookIntoSlot('18:00', 'piotr', /Piotr Nowak/);
  await expect(desk.app.status('Booked Piotr Nowak at 18:00')).toBeVisible();

  await desk.app.open('/settings');
  const panel = page.getByRole('region', { name: 'Closure days' });
  // A new forum closes on England and Wales' bank holidays.
  await expect(panel.getByLabel('Bank holidays the forum closes on')).toHaveValue('england-and-wales');
  await expect(panel.getByRole('list', { name: 'Coming closure days' })).toContainText('31 August 2026: Summer bank holiday');

  await panel.getByRole('button', { name: 'Add a closure day' }).click();
  const add = panel.getByRole('form', { name: 'Add a closure day' });
  await fillDateField(add, 'Closed on', '2026-06-12');
  await add.getByRole('button', { name: 'Add closure day' }).click();
  await expect(add.getByText('Say why the forum is closed that day')).toBeVisible();
  await add.getByLabel('Why').fill('Hall being repainted');
  await add.getByRole('button', { name: 'Add closure day' }).click();
  await expect(desk.app.status('Closure days saved: 1 session closed, 1 booking to rebook')).toBeVisible();
  // The forum's own reason is isolated in the sentence, so it keeps its direction in Arabic too.
  await expect(panel.getByRole('list', { name: 'Own closure days' })).toContainText('12 June 2026: \u2068Hall being repainted\u2069');

  const toRebook = panel.getByRole('list', { name: 'Bookings on closure days' });
  await expect(toRebook).toContainText('Piotr Nowak');
  await toRebook.getByRole('link', { name: 'Rebook Piotr Nowak' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Benefits clinic, .*12 June 2026/ })).toBeVisible();
  await expect(page.getByText('Cancelled: Forum closed: Hall being repainted')).toBeVisible();
  await page.getByRole('region', { name: 'People to rebook' }).getByRole('button', { name: 'Rebook Piotr Nowak' }).click();
  await page.getByRole('dialog', { name: 'Rebook Piotr Nowak' }).getByRole('button', { name: /11 June 2026 at 18:00$/ }).click();
  await expect(desk.app.status(/Rebooked for .*11 June 2026 at 18:00/)).toBeVisible();

  await desk.app.open('/settings');
  await expect(panel.getByRole('list', { name: 'Own closure days' })).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Bookings on closure days' })).toHaveCount(0);
  await desk.app.open('/clinics?date=2026-06-12');
  await expect(page.getByRole('link', { name: /^Benefits clinic, .*12 June 2026.*cancelled/ })).toContainText('Closed');
});

test('a forum in Scotland chooses Scotland’s bank holidays', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.app.open('/settings');
  const panel = page.getByRole('region', { name: 'Closure days' });
  await panel.getByLabel('Bank holidays the forum closes on').selectOption({ label: 'Scotland' });
  await expect(desk.app.status('Closure days saved')).toBeVisible();
  const coming = panel.getByRole('list', { name: 'Coming closure days' });
  await expect(coming).toContainText('3 August 2026: Summer bank holiday');
  await expect(coming).not.toContainText('31 August 2026');
});
