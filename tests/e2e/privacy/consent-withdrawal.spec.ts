import { expect, test } from '@playwright/test';
import { FrontDesk } from '../pages/front-desk';
import { pinClock } from '../support/clock';
import { rightsPanel } from './support';

test('storage consent withdrawn restricts the record: kept and marked on its page, gone from the list, until consent is given again', async ({ page, context }) => {
  await pinClock(context);
  const desk = new FrontDesk(page);
  await desk.register({ name: 'Saba Haile' });
  const clientUrl = page.url();
  await rightsPanel(page).getByRole('button', { name: 'Record withdrawn consent' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record withdrawn consent' });
  await dialog.getByLabel('Keeping their details').check();
  await expect(dialog).toContainText('Without consent to keep their details, the forum cannot go on using this record.');
  await dialog.getByLabel('Restrict it (keep it, hidden)').check();
  // The date and who recorded it are needed: each message is tied to its own field, so a screen reader reads it there.
  const date = dialog.getByRole('group', { name: 'Date withdrawn' });
  const year = await date.getByLabel('Year', { exact: true }).inputValue();
  await date.getByLabel('Year', { exact: true }).fill('');
  await dialog.getByLabel('Recorded by').fill('');
  await dialog.getByRole('button', { name: 'Record it' }).click();
  await expect(dialog.getByLabel('Recorded by')).toHaveAccessibleDescription('Choose the consent, and enter the date and who recorded it.');
  await expect(date.getByRole('alert')).toHaveText('Choose the consent, and enter the date and who recorded it.');
  await date.getByLabel('Year', { exact: true }).fill(year);
  await expect(date.getByRole('alert')).toHaveCount(0);
  await dialog.getByLabel('Recorded by').fill('Fatima');
  await dialog.getByRole('button', { name: 'Record it' }).click();
  await expect(desk.app.status('Withdrawn consent recorded; the record is now restricted')).toBeVisible();
  const notice = page.getByRole('note', { name: 'This record is restricted' });
  await expect(notice).toContainText('Restricted since');
  await expect(notice).toContainText('hidden from lists, search and reports');

  await desk.app.goTo('Clients');
  await expect(page.getByText('Saba Haile')).toHaveCount(0);

  await page.goto(clientUrl);
  await notice.getByRole('button', { name: 'Lift the restriction' }).click();
  const lift = page.getByRole('dialog', { name: 'Lift the restriction' });
  // 'Recorded by' starts as the signed-in user's name; emptied, the dialog says what it needs.
  await expect(lift.getByLabel('Recorded by')).toHaveValue('Test Administrator');
  await lift.getByLabel('Recorded by').fill('');
  await lift.getByRole('button', { name: 'Lift the restriction' }).click();
  await expect(lift.getByLabel('Recorded by')).toHaveAccessibleDescription('Enter the date and who recorded it.');
  await lift.getByLabel('Recorded by').fill('Fatima');
  await lift.getByRole('button', { name: 'Lift the restriction' }).click();
  await expect(desk.app.status('Restriction lifted')).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test('renewing a consent needs who renewed it, said next to that field, then records it', async ({ page, context }) => {
  await pinClock(context);
  const desk = new FrontDesk(page);
  await desk.register({ name: 'Piotr Nowak' });
  const panel = page.getByRole('region', { name: 'Consent' });
  await panel.getByLabel('Renewed by').fill('');
  await panel.getByRole('button', { name: /^Renew: / }).first().click();
  await expect(panel.getByLabel('Renewed by')).toHaveAccessibleDescription('Enter your name under “Renewed by” first.');
  await panel.getByLabel('Renewed by').fill('Ola');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await panel.getByRole('button', { name: /^Renew: / }).first().click();
  await expect(desk.app.status('Consent renewed')).toBeVisible();
  await expect(panel).toContainText('Ola');
});
