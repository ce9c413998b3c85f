import { expect, test } from '@playwright/test';
import { SettingsPage, SignpostApp } from '../pages/signpost-app';
import { pinClock } from '../support/clock';
import { holdStore, releaseStore } from '../support/hold-store';

// Each screen waits for its records and says so: a volunteer glancing at it must never read
// "No shifts on the rota for today" or an empty list that is only still loading.

test('Today says it is loading, not "No shifts on the rota", while today’s rota is still being read', async ({ page }) => {
  await pinClock(page.context());
  const app = new SignpostApp(page);
  await app.open('/settings');
  await new SettingsPage(app).loadDemoData();

  await holdStore(page, 'shifts');
  await app.goTo('Today');
  const main = page.getByRole('main');
  await expect(app.heading('Today')).toBeVisible();
  await expect(main.getByRole('status').filter({ hasText: 'Loading today’s sessions, bookings and queue…' })).toBeVisible();
  await expect(main.getByText('No shifts on the rota for today.')).toHaveCount(0);
  await expect(main.getByText('Nobody is waiting.')).toHaveCount(0);
  await expect(main.getByRole('region', { name: 'On shift today' })).toHaveCount(0);

  await releaseStore(page);
  await expect(main.getByRole('list', { name: 'On shift' })).toBeVisible();
  await expect(main.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
});

test('the volunteers list and the gaps say they are loading, not "no volunteers" or "all covered", until the volunteers are read', async ({ page }) => {
  await pinClock(page.context());
  const app = new SignpostApp(page);
  await app.open('/settings');
  await new SettingsPage(app).loadDemoData();
  // Settings' Users panel has read the volunteers, and Dexie answers a query it already has
  // from memory: a fresh page on a screen that does not read them starts with none held.
  await app.goTo('Clients');
  await app.reload();

  await holdStore(page, 'volunteers');
  await app.goTo('Volunteers & rota');
  const main = page.getByRole('main');
  // The screen itself has arrived (its heading), and it is its list that says it is loading.
  await expect(app.heading('Volunteers & rota')).toBeVisible();
  await expect(main.getByRole('status').filter({ hasText: 'Loading' })).toBeVisible();
  await expect(main.getByText('No volunteers yet')).toHaveCount(0);
  await expect(main.getByRole('table')).toHaveCount(0);
  await releaseStore(page);
  await expect(main.getByRole('table')).toBeVisible();

  await holdStore(page, 'volunteers');
  await main.getByRole('link', { name: 'Gaps', exact: true }).click();
  await expect(app.heading('Rota gaps')).toBeVisible();
  await expect(main.getByRole('status').filter({ hasText: 'Loading' })).toBeVisible();
  await expect(main.getByRole('region', { name: 'Open shifts' })).toHaveCount(0);
  await releaseStore(page);
  await expect(main.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
});
