/**
 * When the database that held the forum's records is suddenly empty (storage cleared,
 * evicted or damaged), Signpost says so and offers the last backup, instead of greeting
 * the forum with "No clients yet".
 */
import { expect, test } from '@playwright/test';
import { BackupsPage } from '../pages/backups';
import { FrontDesk } from '../pages/front-desk';
import { SettingsPage } from '../pages/signpost-app';

test('an emptied database is reported, not taken for a new forum, and the last backup brings the records back', async ({ page }) => {
  const desk = new FrontDesk(page);
  const backups = new BackupsPage(page);
  await desk.register({ name: 'Amina Yusuf' });
  const file = await backups.makeBackup();

  // The browser loses the database (the app is not open while it happens).
  await page.goto('/favicon.svg');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('signpost');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );

  await desk.app.open('/');
  const notice = page.getByRole('alert').filter({ hasText: 'The forum’s records are missing' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/Your last good backup was made .* \(\u2068signpost-.*\.spbackup\u2069\)/);
  await desk.app.goTo('Clients');
  await expect(page.getByRole('alert').filter({ hasText: 'The forum’s records are missing' })).toBeVisible();
  await expect(page.getByText('No clients yet.')).toHaveCount(0);

  await page.getByRole('link', { name: 'Restore a backup' }).click();
  await backups.chooseFile(file);
  await backups.confirmRestore();
  await desk.app.goTo('Clients');
  await expect(page.getByRole('link', { name: 'Amina Yusuf' })).toBeVisible();
  await expect(page.getByText('The forum’s records are missing')).toHaveCount(0);
});

test('removing the demo data from a new install is not taken for lost records', async ({ page }) => {
  const desk = new FrontDesk(page);
  const settings = new SettingsPage(desk.app);
  await desk.app.open('/settings');
  await settings.loadDemoData();
  await desk.app.goTo('Clients');
  await expect(page.getByRole('table', { name: 'Clients' })).toBeVisible();
  await desk.app.goTo('Settings');
  await settings.removeDemoData();
  await desk.app.goTo('Clients');
  await expect(page.getByText('No clients yet.')).toBeVisible();
  await expect(page.getByText('The forum’s records are missing')).toHaveCount(0);
});
