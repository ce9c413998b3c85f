import { expect, test } from '@playwright/test';
import { SettingsPage, SignpostApp } from '../pages/signpost-app';

test('loading the demo data fills the lists; removing it, after confirming, empties them', async ({ page }) => {
  const app = new SignpostApp(page);
  const settings = new SettingsPage(app);

  await app.open('/clients');
  await expect(page.getByText('No clients yet.')).toBeVisible();

  await app.goTo('Settings');
  await settings.loadDemoData();
  await expect(settings.demoPanel().getByRole('button', { name: 'Load demo data' })).toBeDisabled();
  await expect(settings.demoPanel().getByRole('row', { name: /^Clients \d+$/ })).not.toHaveText(/Clients\s*0$/);

  await app.goTo('Clients');
  await expect(page.getByRole('table', { name: 'Clients' }).getByRole('row')).not.toHaveCount(1);
  await expect(page.getByText(/\d+ people registered/)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'C-00001' })).toBeVisible();

  await app.goTo('Clinics & appointments');
  await expect(page.getByRole('table', { name: 'Clinics' }).getByRole('cell', { name: 'Daily drop-in advice', exact: true })).toBeVisible();

  await app.goTo('Settings');
  await settings.settled();
  await settings.demoPanel().getByRole('button', { name: 'Remove demo data' }).click();
  await page.getByRole('alertdialog', { name: 'Remove the demo data?' }).getByRole('button', { name: 'Cancel' }).click();
  await app.goTo('Clients');
  await expect(page.getByRole('cell', { name: 'C-00001' })).toBeVisible();

  await app.goTo('Settings');
  await settings.removeDemoData();
  await expect(page.getByRole('table', { name: 'Audit log' })).toContainText('Demo data removed');

  await app.goTo('Clients');
  await expect(page.getByText('No clients yet.')).toBeVisible();
  await app.goTo('Referrals');
  await expect(page.getByText('No referrals yet.')).toBeVisible();
});

test('the forum name is checked next to the field and, once saved, shown in the navigation', async ({ page }) => {
  const app = new SignpostApp(page);
  await app.open('/settings');
  const name = page.getByLabel('Forum name');
  await name.fill('   ');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Enter the forum’s name')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');

  await name.fill('Southside Migrant Forum');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.status('Saved')).toBeVisible();
  await expect(app.nav()).toContainText('Southside Migrant Forum');
});
