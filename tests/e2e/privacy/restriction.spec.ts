/**
 * Restriction at the person's request (UK GDPR article 18), as the front desk meets it:
 * the rights panel restricts the record with a plain explanation; Today and the session's
 * day sheet still show the appointment, but by reference only, never the person's name;
 * nothing new can be booked; lifting it brings their name back.
 */
import { expect, test } from '@playwright/test';
import { FrontDesk } from '../pages/front-desk';
import { pinClock } from '../support/clock';
import { rightsPanel } from './support';

test('a restricted person keeps their appointment, shown by reference only on Today and the day sheet, until lifted', async ({ page, context }) => {
  await pinClock(context);
  const desk = new FrontDesk(page);
  await desk.createClinic({ name: 'Benefits clinic', kind: 'Appointments', opens: '18:00', closes: '20:00' });
  await desk.register({ name: 'Amira Haddad', phone: '07700 900321' });
  const clientUrl = page.url();
  const ref = (await page.locator('.ref').first().textContent())?.trim() ?? '';
  expect(ref).toMatch(/^C-\d{5}$/);
  await desk.openTodaysSession('Benefits clinic');
  await desk.bookIntoSlot('18:30', 'amira', /Amira Haddad/);
  await expect(desk.slotRow('18:30')).toContainText('Amira Haddad');

  // Restrict it from the rights panel.
  await page.goto(clientUrl);
  await rightsPanel(page).getByRole('button', { name: 'Restrict this record' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restrict this record' });
  await expect(dialog).toContainText('no new booking, advice or referral can be added');
  await dialog.getByLabel('Recorded by').fill('');
  await dialog.getByRole('button', { name: 'Restrict the record' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Enter the date and who recorded it.');
  await dialog.getByLabel('Recorded by').fill('Fatima');
  await dialog.getByRole('button', { name: 'Restrict the record' }).click();
  await expect(desk.app.status('The record is now restricted')).toBeVisible();
  const notice = page.getByRole('note', { name: 'This record is restricted' });
  await expect(notice).toContainText('The person asked for their record to be restricted.');
  await expect(page.getByRole('button', { name: 'Book an appointment' })).toHaveCount(0);
  await expect(rightsPanel(page).getByRole('button', { name: 'Restrict this record' })).toHaveCount(0);

  // Today: the booking is there, by reference, without the name.
  await desk.app.goTo('Today');
  const booked = page.getByRole('list', { name: 'Booked today' });
  await expect(booked).toContainText(`Restricted record, ${ref}`);
  await expect(page.getByRole('main')).not.toContainText('Amira');

  // The session and its printable day sheet, names chosen over initials: still no name.
  await desk.openTodaysSession('Benefits clinic');
  await expect(desk.slotRow('18:30')).toContainText(`Restricted record, ${ref}`);
  await expect(desk.slotRow('18:30')).not.toContainText('Amira');
  await page.getByRole('button', { name: 'Print day sheet' }).click();
  const sheet = page.getByRole('dialog', { name: 'Print the day sheet' });
  await sheet.getByLabel(/Show initials instead of names/).uncheck();
  const preview = sheet.getByRole('article', { name: 'Day sheet' });
  await expect(preview).toContainText('Restricted record');
  await expect(preview).toContainText(ref);
  await expect(preview).not.toContainText('Amira');
  await expect(preview).not.toContainText('A. H.');
  await sheet.getByRole('button', { name: 'Close', exact: true }).last().click();

  // Lifting it, after telling the person, brings the name back.
  await page.goto(clientUrl);
  await notice.getByRole('button', { name: 'Lift the restriction' }).click();
  const lift = page.getByRole('dialog', { name: 'Lift the restriction' });
  await expect(lift).toContainText('Tell the person before you lift it.');
  await expect(lift.getByRole('group', { name: 'Date lifted' })).toBeVisible();
  await lift.getByLabel('Recorded by').fill('Fatima');
  await lift.getByRole('button', { name: 'Lift the restriction' }).click();
  await expect(desk.app.status('Restriction lifted')).toBeVisible();
  await desk.app.goTo('Today');
  await expect(page.getByRole('list', { name: 'Booked today' })).toContainText('Amira Haddad');
});
