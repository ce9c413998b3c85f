import { expect, test } from '@playwright/test';
import { SettingsPage, SignpostApp } from '../pages/signpost-app';
import { pinClock } from '../support/clock';
import { plantRecords } from '../support/plant-records';

test('people past the retention period are listed in Settings and erased together, with progress', async ({ page, context }) => {
  await pinClock(context);
  const app = new SignpostApp(page);
  await app.open('/settings');
  const consent = { storage: { given: true, date: '2018-02-01', recordedBy: 'Fatima' } };
  await plantRecords(page, 'clients', [
    { id: 'old-1', ref: 'C-00001', name: 'Long Gone', languages: [], interpreterNeeded: false, consents: consent, createdAt: '2018-02-01T10:00:00.000Z', updatedAt: '2018-02-01T10:00:00.000Z' },
    // Restricted: listed by reference only.
    {
      id: 'old-2',
      ref: 'C-00002',
      name: 'Also Gone',
      languages: [],
      interpreterNeeded: false,
      consents: consent,
      restriction: { since: '2018-04-01', reason: 'person-asked', recordedBy: 'Fatima' },
      createdAt: '2018-03-01T10:00:00.000Z',
      updatedAt: '2018-03-01T10:00:00.000Z',
    },
  ]);
  // Written behind the app's back: leave Settings and come back so the panel reads them.
  await app.open('/');
  await app.open('/settings');
  const panel = page.getByRole('region', { name: 'Keeping records' });
  await expect(panel.getByLabel('Years to keep records after last contact')).toHaveValue('6');
  await expect(panel).toContainText('Past the retention period: 2');
  const past = panel.getByRole('table', { name: 'People past the retention period' });
  await expect(past).toContainText('Long Gone');
  await expect(past).toContainText('Restricted record, C-00002');
  await new SettingsPage(app).settled(panel);
  await expect(past).not.toContainText('Also Gone');
  await panel.getByRole('button', { name: 'Erase everyone listed (2)' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Erase everyone listed (2)?' });
  await expect(confirm).toContainText('Erased people no longer count in any report');
  await confirm.getByRole('button', { name: 'Erase them for good' }).click();
  await expect(app.status('Erased: 2')).toBeVisible();
  await expect(panel).toContainText('No one is past the retention period');

  await panel.getByLabel('Years to keep records after last contact').fill('0');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByLabel('Years to keep records after last contact')).toHaveAccessibleDescription('Enter a whole number of years from 1 to 50');
  // Corrected, the message goes as soon as the number is right, and the period is saved.
  await panel.getByLabel('Years to keep records after last contact').fill('7');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(app.status('Retention period saved')).toBeVisible();
  await expect(panel.getByLabel('Years to keep records after last contact')).toHaveValue('7');
});
