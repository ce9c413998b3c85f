import { expect, test, type Page } from '@playwright/test';
import { FrontDesk } from '../pages/front-desk';
import { SignpostApp } from '../pages/signpost-app';
import { pinClock, pinnedDate } from '../support/clock';
import { plantRecords } from '../support/plant-records';

test.beforeEach(async ({ context }) => {
  await pinClock(context);
});

function auditLog(page: Page) {
  return page.getByRole('region', { name: 'Audit log' });
}

async function fillDate(page: Page, legend: string, isoDate: string) {
  const [year, month, day] = isoDate.split('-');
  const group = auditLog(page).getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day!);
  await group.getByLabel('Month').fill(month!);
  await group.getByLabel('Year').fill(year!);
}

test('writes and openings of a client’s record are in the audit log, with no name, and can be filtered by kind and date', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.register({ name: 'Leyla Ahmadi', phone: '07700 900123' });
  await desk.app.open('/settings');
  const log = auditLog(page);
  const table = log.getByRole('table', { name: 'Audit log' });
  await expect(table.getByRole('row').filter({ hasText: 'Client’s record opened' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: 'Records changed' }).filter({ hasText: 'clients: 1 saved' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: 'Client’s record opened' })).toContainText('\u2068Test Administrator\u2069, you (administrator)');
  await expect(log).not.toContainText('Leyla');
  await expect(log).not.toContainText('07700');

  await log.getByLabel('What').selectOption({ label: 'Client’s record opened' });
  await expect(table.getByRole('row').filter({ hasText: 'Records changed' })).toHaveCount(0);
  await expect(table.getByRole('row').filter({ hasText: 'Client’s record opened' })).toHaveCount(1);
  // The record link opens the client's page (and that opening is logged in turn).
  await table.getByRole('link', { name: 'Client’s record' }).click();
  await expect(desk.app.heading('Leyla Ahmadi')).toBeVisible();

  await desk.app.goTo('Settings');
  await expect(auditLog(page).getByRole('table').getByRole('row').filter({ hasText: 'Client’s record opened' })).toHaveCount(2);
  await fillDate(page, 'To', pinnedDate(-1));
  await expect(auditLog(page).getByText('Nothing matches.')).toBeVisible();
  await fillDate(page, 'To', pinnedDate(0));
  await expect(auditLog(page).getByRole('table').getByRole('row').filter({ hasText: 'Client’s record opened' })).toHaveCount(2);
});

test('the audit log is read a page at a time, newest first', async ({ page }) => {
  const app = new SignpostApp(page);
  await app.open('/settings');
  // 120 earlier report exports, one a minute, planted so the test does not make them one by one.
  const start = new Date('2026-06-01T08:00:00Z').getTime();
  await plantRecords(
    page,
    'auditLog',
    Array.from({ length: 120 }, (_, index) => ({
      id: `planted-${String(index).padStart(3, '0')}`,
      at: new Date(start + index * 60_000).toISOString(),
      action: 'export-report',
      detail: { sequence: index },
    })),
  );
  await app.open('/settings');
  const log = auditLog(page);
  await log.getByLabel('What').selectOption({ label: 'Report exported' });
  const table = log.getByRole('table');
  await expect(table).toHaveAccessibleName('Audit log, page 1');
  await expect(table.getByRole('row')).toHaveCount(51); // a header row and 50 entries
  await expect(table.getByRole('row').nth(1)).toContainText('sequence: 119');
  await expect(log.getByRole('button', { name: 'Newer' })).toBeDisabled();
  await log.getByRole('button', { name: 'Older' }).click();
  await expect(log.getByRole('table')).toHaveAccessibleName('Audit log, page 2');
  await expect(log.getByRole('table').getByRole('row').nth(1)).toContainText('sequence: 69');
  await log.getByRole('button', { name: 'Older' }).click();
  await expect(log.getByRole('table').getByRole('row')).toHaveCount(21);
  await expect(log.getByRole('button', { name: 'Older' })).toBeDisabled();
  await log.getByRole('button', { name: 'Newer' }).click();
  await expect(log.getByRole('table')).toHaveAccessibleName('Audit log, page 2');
});
