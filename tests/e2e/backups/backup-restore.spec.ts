/**
 * A backup made in Settings restores the forum as it was; a damaged, cut-short or
 * wrongly unlocked backup is refused with a plain message and changes nothing.
 */
import { expect, test } from '@playwright/test';
import { BackupsPage, damagedCopy } from '../pages/backups';
import { FrontDesk } from '../pages/front-desk';

test('a backup restores the forum as it was when the backup was made', async ({ page }) => {
  const desk = new FrontDesk(page);
  const backups = new BackupsPage(page);
  await desk.register({ name: 'Amina Yusuf', phone: '07700 900111' });
  await desk.app.open('/');
  await expect(page.getByRole('region', { name: 'Backup reminder' })).toContainText('No backup has been made on this computer yet');

  const file = await backups.makeBackup();
  await desk.app.open('/');
  await expect(page.getByRole('region', { name: 'Backup reminder' })).toContainText(/Last good backup: .* \(today\)/);

  await desk.register({ name: 'Registered After Backup' });
  await backups.app.open('/settings');
  await backups.chooseFile(file);
  const dialog = backups.confirmDialog();
  // One client is "1 client" (ICU plural), never "1 clients".
  await expect(dialog).toContainText('it holds 1 client, 0 appointments');
  await backups.confirmRestore();

  await desk.app.goTo('Clients');
  await expect(page.getByRole('link', { name: 'Amina Yusuf' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Registered After Backup' })).toHaveCount(0);
  await desk.app.open('/settings');
  await expect(page.getByRole('region', { name: 'Audit log' })).toContainText('Backup restored');
});

test('a damaged or cut-short backup is refused and the current records stay', async ({ page }) => {
  const desk = new FrontDesk(page);
  const backups = new BackupsPage(page);
  await desk.register({ name: 'Amina Yusuf' });
  const file = await backups.makeBackup();
  await desk.register({ name: 'Still Here' });
  await backups.app.open('/settings');

  await backups.chooseFile(damagedCopy(file, 'flip'));
  await expect(backups.restore()).toContainText('This backup file is damaged');
  await backups.chooseFile(damagedCopy(file, 'truncate'));
  await expect(backups.restore()).toContainText('This backup file is incomplete');
  await expect(backups.confirmDialog()).toBeHidden();

  await desk.app.goTo('Clients');
  await expect(page.getByRole('link', { name: 'Still Here' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Amina Yusuf' })).toBeVisible();
});

test('a backup with a passphrase is refused with a wrong one and restored with the right one', async ({ page }) => {
  const desk = new FrontDesk(page);
  const backups = new BackupsPage(page);
  await desk.register({ name: 'Amina Yusuf' });
  // A passphrase too short, or typed differently the second time, is said next to its field and nothing is made.
  await backups.app.open('/settings');
  await backups.backups().getByLabel('Backup passphrase (optional)').fill('river');
  await backups.backups().getByLabel('Repeat the passphrase').fill('rivers');
  await backups.backups().getByRole('button', { name: 'Make a backup now' }).click();
  await expect(backups.backups().getByLabel('Backup passphrase (optional)')).toHaveAccessibleDescription(/at least 10 characters/);
  await expect(backups.backups().getByLabel('Repeat the passphrase')).toHaveAccessibleDescription('The two passphrases are not the same.');
  const file = await backups.makeBackup('river forum 2026');
  await expect(backups.app.status(/encrypted with your passphrase/)).toBeVisible();
  await desk.register({ name: 'Registered After Backup' });

  await backups.app.open('/settings');
  await backups.chooseFile(file);
  const passphrase = backups.restore().getByLabel('Passphrase of this backup');
  // Nothing typed: asked for next to the field, and the backup is not checked.
  await backups.restore().getByRole('button', { name: 'Check the backup' }).click();
  await expect(passphrase).toHaveAccessibleDescription('Type the passphrase this backup was made with.');
  await passphrase.fill('river forum 2025');
  await backups.restore().getByRole('button', { name: 'Check the backup' }).click();
  await expect(backups.restore()).toContainText('That passphrase does not open this backup');
  await passphrase.fill('river forum 2026');
  await backups.restore().getByRole('button', { name: 'Check the backup' }).click();
  await backups.confirmRestore();
  await desk.app.goTo('Clients');
  await expect(page.getByRole('link', { name: 'Amina Yusuf' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Registered After Backup' })).toHaveCount(0);
});
