/** Every list marks a damaged record instead of leaving it out: here, the services directory. */
import { expect, test } from '@playwright/test';
import { SignpostApp } from '../pages/signpost-app';
import { plantRecords } from '../support/plant-records';

const at = '2026-11-02T10:00:00.000Z';

test('a service with a damaged website is still listed, marked, and named in Settings', async ({ page }) => {
  const app = new SignpostApp(page);
  await app.open('/referrals/services');
  await plantRecords(page, 'services', [
    { id: 's-ok', name: 'Night shelter', categories: [], languages: [], interpretationOffered: false, active: true, createdAt: at, updatedAt: at },
    { id: 's-bad', name: 'Food bank', website: 'javascript:alert(1)', categories: [], languages: [], interpretationOffered: false, active: true, createdAt: at, updatedAt: at },
  ]);
  await app.reload();
  const table = page.getByRole('table', { name: 'Services directory' });
  await expect(table.getByRole('row', { name: /Night shelter/ })).not.toContainText('Needs attention');
  await expect(table.getByRole('row', { name: /Food bank/ })).toContainText('Needs attention');

  await app.goTo('Settings');
  const item = page.getByRole('region', { name: 'Records that need attention' }).getByRole('listitem').filter({ hasText: 'Food bank' });
  await expect(item).toContainText('website: Enter a full web address starting with https://');
  await expect(item.getByRole('link', { name: 'Open' })).toHaveAttribute('href', '#/referrals/services/s-bad/edit');
});
