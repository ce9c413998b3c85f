import { expect, test } from '@playwright/test';
import { FrontDesk } from '../pages/front-desk';
import { pinClock } from '../support/clock';
import { rightsPanel } from './support';

test('erasing a person asks first, saying what will go and that they stop counting in reports, then removes them', async ({ page, context }) => {
  await pinClock(context);
  const desk = new FrontDesk(page);
  await desk.register({ name: 'Piotr Nowak', phone: '07700 900456' });
  await rightsPanel(page).getByRole('button', { name: 'Erase this person' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Erase this person for good?' });
  await expect(confirm).toContainText('Piotr Nowak');
  await expect(confirm).toContainText('Appointments, queue places included: 0');
  await expect(confirm).toContainText('Erased people no longer count in any report, including reports for past periods.');
  await confirm.getByRole('button', { name: 'Erase for good' }).click();
  await expect(desk.app.status('Erased')).toBeVisible();
  await expect(desk.app.heading('Clients')).toBeVisible();
  await expect(page.getByText('Piotr Nowak')).toHaveCount(0);

  await desk.app.goTo('Settings');
  const log = page.getByRole('region', { name: 'Audit log' });
  await log.getByLabel('What').selectOption({ label: 'Client erased' });
  await expect(log.getByRole('table').getByRole('row').filter({ hasText: 'An erased record' })).toHaveCount(1);
  await expect(log).not.toContainText('Piotr');
});

test('a record made by mistake is deleted; two records of one person are merged into one', async ({ page, context }) => {
  await pinClock(context);
  const desk = new FrontDesk(page);
  await desk.register({ name: 'Registered Twice' });
  await rightsPanel(page).getByRole('button', { name: 'Delete as a mistake' }).click();
  const confirm = page.getByRole('alertdialog', { name: /Delete C-\d+ as a mistake\?/ });
  await confirm.getByRole('button', { name: 'Delete the record' }).click();
  await expect(desk.app.status(/C-\d+ deleted/)).toBeVisible();

  await desk.register({ name: 'Hamid Rahimi', phone: '07700 900111' });
  await desk.register({ name: 'Hamid R.', phone: '07700 900222' });
  await rightsPanel(page).getByRole('button', { name: 'Merge with another record' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge two records of the same person' });
  await merge.getByLabel('Find the other record').fill('Hamid Rahimi');
  await merge.getByRole('button', { name: /Merge with Hamid Rahimi/ }).click();
  await merge.getByRole('group', { name: 'Name' }).getByLabel(/Take/).check();
  await merge.getByRole('button', { name: /into this record/ }).click();
  await expect(desk.app.status(/Records merged/)).toBeVisible();
  await expect(desk.app.heading('Hamid Rahimi')).toBeVisible();
  await expect(page.getByText('07700 900222')).toBeVisible();
  await desk.app.goTo('Clients');
  await expect(page.getByRole('link', { name: /Hamid/ })).toHaveCount(1);
});
