import { expect, test } from '@playwright/test';
import { FrontDesk } from '../pages/front-desk';
import { moveClock, pinClock } from '../support/clock';

test.beforeEach(async ({ page, context }) => {
  await pinClock(context);
  const desk = new FrontDesk(page);
  await desk.createClinic({ name: 'Benefits clinic', kind: 'Appointments', opens: '18:00', closes: '20:00', places: '1' });
  await desk.createClinic({ name: 'Housing clinic', kind: 'Appointments', opens: '18:00', closes: '20:00', places: '1' });
  await desk.register({ name: 'Piotr Nowak', birthYear: '1980' });
  await desk.register({ name: 'Samira Osman', birthYear: '1992' });
});

test('booking fills a slot; a full slot cannot be booked, and a booking that lost the race changes nothing', async ({ page, context }) => {
  const desk = new FrontDesk(page);
  await desk.register({ name: 'Oleksandr Shevchenko', birthYear: '1969' });
  await desk.openTodaysSession('Benefits clinic');
  const sessionUrl = page.url();
  await desk.bookIntoSlot('18:00', 'piotr', /Piotr Nowak/);
  await expect(desk.app.status('Booked Piotr Nowak at 18:00')).toBeVisible();
  await expect(desk.slotRow('18:00')).toContainText('Piotr Nowak');
  await expect(desk.slotRow('18:00')).toContainText('Full');
  await expect(page.getByRole('button', { name: 'Book 18:00' })).toHaveCount(0);

  // Samira's booking is half-way through when another volunteer fills 18:30.
  await page.getByRole('button', { name: 'Book 18:30' }).click();
  const dialog = page.getByRole('dialog', { name: 'Book the 18:30 slot' });
  await dialog.getByLabel('Find the person').fill('samira');
  await dialog.getByRole('button', { name: /Samira Osman/ }).click();

  const other = await context.newPage();
  const otherDesk = new FrontDesk(other);
  await otherDesk.app.open(new URL(sessionUrl).hash.slice(1));
  await otherDesk.bookIntoSlot('18:30', 'oleks', /Oleksandr Shevchenko/);
  await expect(otherDesk.app.status('Booked Oleksandr Shevchenko at 18:30')).toBeVisible();

  await dialog.getByRole('button', { name: 'Book appointment' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('That slot is full. Choose another time.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(desk.slotRow('18:30')).toContainText('Oleksandr Shevchenko');
  await expect(desk.slotRow('18:30')).not.toContainText('Samira Osman');
});

test('the same person cannot be booked into two overlapping slots in different clinics', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.openTodaysSession('Benefits clinic');
  await desk.bookIntoSlot('19:00', 'samira', /Samira Osman/);
  await expect(desk.app.status('Booked Samira Osman at 19:00')).toBeVisible();

  await desk.openTodaysSession('Housing clinic');
  const dialog = await desk.bookIntoSlot('19:00', 'samira', /Samira Osman/);
  await expect(dialog.getByRole('alert')).toContainText('already has an appointment at that time');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(desk.slotRow('19:00')).not.toContainText('Samira Osman');
});

test('status moves only along allowed steps, a mistake can be reopened, and a missed appointment is rebooked in two clicks', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.openTodaysSession('Benefits clinic');
  await desk.bookIntoSlot('18:00', 'piotr', /Piotr Nowak/);
  const actions = page.getByRole('group', { name: 'Actions for Piotr Nowak' });
  await expect(actions.getByRole('button')).toHaveText(['Arrived', 'Did not attend', 'Cancel…']);

  await actions.getByRole('button', { name: 'Arrived' }).click();
  await expect(desk.slotRow('18:00')).toContainText('Arrived');
  await expect(actions.getByRole('button', { name: 'Did not attend' })).toHaveCount(0);
  await actions.getByRole('button', { name: 'Seen' }).click();
  await expect(desk.slotRow('18:00')).toContainText('Seen');
  await expect(actions.getByRole('button')).toHaveText(['Reopen']);

  await actions.getByRole('button', { name: 'Reopen' }).click();
  await expect(desk.slotRow('18:00')).toContainText('Booked');
  await actions.getByRole('button', { name: 'Did not attend' }).click();
  await expect(desk.slotRow('18:00')).toContainText('Did not attend');

  await actions.getByRole('button', { name: 'Rebook' }).click();
  const rebook = page.getByRole('dialog', { name: 'Rebook Piotr Nowak' });
  await rebook.getByRole('button', { name: /at 19:30$/ }).first().click();
  await expect(desk.app.status(/Rebooked for .* at 19:30/)).toBeVisible();
  await desk.app.goTo('Clients');
  // In the clients list: the session page, still showing for a moment, names Piotr in both his slots.
  await page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: 'Piotr Nowak' }).click();
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  // The missed visit stays "Did not attend" in their history, and links to the new booking.
  const missed = timeline.getByRole('listitem').filter({ hasText: 'Did not attend' });
  await expect(missed).toContainText('at 18:00');
  await expect(missed).not.toContainText('Cancelled');
  await expect(missed.getByRole('link', { name: /at 19:30$/ })).toBeVisible();
  const fresh = timeline.getByRole('listitem').filter({ hasText: 'Rebooked from' });
  await expect(fresh).toContainText('at 19:30');
  await expect(fresh.getByRole('link', { name: /at 18:00$/ })).toBeVisible();
});

test('cancelling a session asks for a reason, lists the people booked, and each can be rebooked', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.openTodaysSession('Benefits clinic');
  await desk.bookIntoSlot('18:00', 'piotr', /Piotr Nowak/);
  await desk.bookIntoSlot('18:30', 'samira', /Samira Osman/);

  await page.getByRole('button', { name: 'Cancel session…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this session?' });
  await expect(dialog).toContainText('Piotr Nowak');
  await expect(dialog).toContainText('Samira Osman');
  await dialog.getByRole('button', { name: 'Cancel session' }).click();
  await expect(dialog.getByText('Give a reason for cancelling')).toBeVisible();
  await dialog.getByLabel('Reason').fill('Adviser ill');
  await dialog.getByRole('button', { name: 'Cancel session' }).click();
  await expect(desk.app.status('Session cancelled. 2 people to rebook.')).toBeVisible();

  const toRebook = page.getByRole('region', { name: 'People to rebook' });
  await toRebook.getByRole('button', { name: 'Rebook Samira Osman' }).click();
  await page.getByRole('dialog', { name: 'Rebook Samira Osman' }).getByRole('button', { name: /at 18:30$/ }).first().click();
  await expect(toRebook.getByRole('listitem').filter({ hasText: 'Samira Osman' })).toContainText('Rebooked');
  await expect(toRebook.getByRole('button', { name: 'Rebook Piotr Nowak' })).toBeVisible();
});

test('times already gone are neither bookable nor offered for rebooking, the slot just missed included', async ({ page, context }) => {
  const desk = new FrontDesk(page);
  await desk.openTodaysSession('Benefits clinic');
  await desk.bookIntoSlot('18:00', 'piotr', /Piotr Nowak/);
  await expect(desk.app.status('Booked Piotr Nowak at 18:00')).toBeVisible();

  // 18:40: the 18:00 and 18:30 slots have started; 19:00 and 19:30 are still ahead.
  await moveClock(context, '2026-06-10T18:40:00');
  await desk.app.reload();
  await expect(desk.slotRow('18:30')).toContainText('Time gone');
  await expect(page.getByRole('button', { name: 'Book 18:30' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Book 19:00' })).toBeVisible();

  await page.getByRole('group', { name: 'Actions for Piotr Nowak' }).getByRole('button', { name: 'Did not attend' }).click();
  await page.getByRole('group', { name: 'Actions for Piotr Nowak' }).getByRole('button', { name: 'Rebook' }).click();
  const today = page.getByRole('dialog', { name: 'Rebook Piotr Nowak' }).getByRole('region', { name: 'Wednesday, 10 June 2026' });
  await expect(today.getByRole('button')).toHaveText(['19:00', '19:30']);
});
